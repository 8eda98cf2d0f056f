package org.wechatdesk.conversation;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.routing.QueuePositionsChanged;
import org.wechatdesk.routing.Routing;

/**
 * Tells waiting visitors their new place in the queue when it changes and the queue prompt is on.
 * Without flooding: at most one notice per visitor per interval, and only when the place improved;
 * each notice also passes the quota check of {@link FanTexts}.
 */
@Component
class QueuePositionNotices {

  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final FlowSettingsRepository settings;
  private final Routing routing;
  private final FanTexts texts;
  private final Clock clock;
  private final Duration minInterval;
  private final TransactionTemplate transaction;

  QueuePositionNotices(
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      FlowSettingsRepository settings,
      Routing routing,
      FanTexts texts,
      Clock clock,
      PlatformTransactionManager transactions,
      @Value("${desk.queue.position-notice-interval:PT1M}") Duration minInterval) {
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.settings = settings;
    this.routing = routing;
    this.texts = texts;
    this.clock = clock;
    if (minInterval.isNegative() || minInterval.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "desk.queue.position-notice-interval must be between PT0S and PT1H, was " + minInterval);
    }
    this.minInterval = minInterval;
    this.transaction = new TransactionTemplate(transactions);
    // Called after another transaction's commit, whose resources are still bound: without a new
    // transaction the writes would join the committed one, and what they announce after their
    // commit (the agent's workbench events) would never be pushed.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(QueuePositionsChanged changed) {
    // The places are read once for the whole queue, and only a visitor due a notice is locked and
    // checked again: checking every visitor of a long queue made each change cost the square of
    // its length (docs/benchmarks.md, "A queue no longer costs each visitor joining it more").
    Map<Long, Integer> positions = routing.positionsIn(changed.queueId());
    for (ConversationRepository.WaitingVisitor waiting :
        conversations.waitingIn(changed.queueId())) {
      Integer position = positions.get(waiting.conversationId());
      if (position != null
          && improved(waiting.positionSent(), position)
          && intervalPassed(waiting.positionSentAt(), clock.instant(), minInterval)) {
        transaction.executeWithoutResult(
            status -> notifyIfMoved(waiting.conversationId(), waiting.positionSent()));
      }
    }
  }

  private void notifyIfMoved(long conversationId, Integer lastSent) {
    Conversation conversation = conversations.lock(conversationId).orElseThrow();
    OptionalInt position = routing.position(conversationId);
    FlowSettings flow = settings.forAccount(conversation.accountId());
    if (conversation.status() != Conversation.Status.QUEUED
        || position.isEmpty()
        || !flow.queuePromptEnabled()) {
      return;
    }
    if (!improved(lastSent, position.getAsInt())) {
      return;
    }
    lifecycle.toldPlace(conversationId, position.getAsInt());
    texts.sendAutomatic(
        conversation, flow.queuePrompt(position.getAsInt()), "position:" + position.getAsInt());
  }

  static boolean intervalPassed(
      java.time.Instant lastSentAt, java.time.Instant now, Duration minInterval) {
    return lastSentAt == null || !lastSentAt.plus(minInterval).isAfter(now);
  }

  static boolean improved(Integer lastSent, int position) {
    return lastSent == null || position < lastSent;
  }
}
