package org.wechatdesk.channel.wechat.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.FanChannel;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.FanWindowClosed;
import org.wechatdesk.system.FanOrderedQueue;
import org.wechatdesk.system.WorkerLoop;

/**
 * Sends the outbox: woken right after a commit that queued something, and polling for retries and
 * for messages left by a node that stopped. Each fan's messages go out in order, one at a time.
 */
@Component
class OutboxSender extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  private static final int BATCH = 20;
  private static final Duration DATABASE_RETRY = Duration.ofSeconds(1);
  private static final String ABANDONED =
      "the desk stopped while handing it to WeChat; it may have been delivered"
          + " / 发送过程中服务中断，消息可能已送达";

  private final Clock clock;
  private final OutboxRepository messages;
  private final AccountRepository accounts;
  private final FanRepository fans;
  private final CustomerServiceApi api;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WeChatProperties.Worker settings;
  private final FanOrderedQueue queue;

  OutboxSender(
      JdbcClient jdbc,
      Clock clock,
      OutboxRepository messages,
      AccountRepository accounts,
      FanRepository fans,
      CustomerServiceApi api,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      WeChatProperties properties) {
    super("outbox", properties.outbox().threads(), properties.outbox().pollInterval());
    this.clock = clock;
    this.messages = messages;
    this.accounts = accounts;
    this.fans = fans;
    this.api = api;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = properties.outbox();
    this.queue = new FanOrderedQueue(jdbc, clock, "desk.outbound_message", "c.priority desc, c.id");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void queued(Outbox.OutboxChanged event) {
    wake();
  }

  @Override
  protected int drainOnce() {
    settleAbandoned();
    FanOrderedQueue.Claim claim = queue.claim(BATCH, settings.lease());
    for (long id : claim.ids()) {
      if (queue.renew(id, claim.token(), settings.lease())) {
        sendOne(id, claim.token());
      }
    }
    return claim.ids().size();
  }

  private void sendOne(long id, String token) {
    OutboundMessage message = messages.findById(id).orElseThrow();
    OfficialAccount account = accounts.findById(message.accountId()).orElseThrow();
    boolean throughWeChat = message.channel() == FanChannel.WECHAT;
    if (throughWeChat) {
      if (message.kind().countsAgainstQuota() && windowClosedByWeChat(message.fanId())) {
        settleFailure(message, token, SendFailure.WINDOW_CLOSED_BEFORE);
        return;
      }
      if (!queue.markInFlight(id, token)) {
        return;
      }
      Instant attemptedAt = clock.instant();
      try {
        api.send(account, message);
      } catch (Exception e) {
        SendFailure failure = SendFailure.classify(e);
        if (failure.closesWindow() && fans.recordWindowClosed(message.fanId(), attemptedAt)) {
          events.publishEvent(new FanWindowClosed(message.accountId(), message.fanId()));
        }
        settleFailure(message, token, failure);
        return;
      }
    }
    // An H5 message is delivered by being stored: the page reads it. It passes through here all the
    // same, so
    // that it is settled in order with the fan's other messages and the agent sees it delivered.
    recordSent(message, token, throughWeChat);
    if (throughWeChat) {
      accounts.recordTokenOk(account.id());
    }
    events.publishEvent(
        new OutboundMessageSettled(
            id, message.fanId(), OutboundStatus.SENT, null, null, message.requestedBy()));
  }

  /** WeChat has the message: recorded as sent, waiting out a database that is briefly away. */
  private void recordSent(OutboundMessage message, String token, boolean throughWeChat) {
    untilRecorded(
        message,
        () -> {
          transaction.executeWithoutResult(
              status -> {
                if (messages.markSent(message.id(), token)
                    && throughWeChat
                    && message.kind().countsAgainstQuota()) {
                  fans.countSent(message.fanId());
                }
              });
          return null;
        });
  }

  /**
   * Records what WeChat answered. Until it is recorded the message stays in flight, and one left in
   * flight becomes UNCERTAIN; so a database that is briefly away (a restart, a failover) is waited
   * for, within the claim's lease, rather than leaving a message WeChat answered for a person to
   * decide.
   */
  private <T> T untilRecorded(OutboundMessage message, Supplier<T> write) {
    long giveUpAt = System.nanoTime() + settings.lease().toNanos() * 2 / 3;
    while (true) {
      try {
        return write.get();
      } catch (DataAccessException | TransactionException databaseAway) {
        if (System.nanoTime() > giveUpAt) {
          throw databaseAway;
        }
        log.warn(
            "Outbound {}: WeChat's answer cannot be recorded yet ({}); trying again",
            message.id(),
            databaseAway.getClass().getSimpleName());
        pause(DATABASE_RETRY);
      }
    }
  }

  /**
   * Messages whose sender stopped after handing them to WeChat: UNCERTAIN, for the sender to
   * decide.
   */
  private void settleAbandoned() {
    for (long id : queue.abandonedInFlight()) {
      if (messages.markAbandoned(id, ABANDONED)) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        log.warn("Outbound {}: its sender stopped while handing it to WeChat; UNCERTAIN", id);
        events.publishEvent(
            new OutboundMessageSettled(
                id,
                message.fanId(),
                OutboundStatus.UNCERTAIN,
                null,
                ABANDONED,
                message.requestedBy()));
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }

  private boolean windowClosedByWeChat(long fanId) {
    return fans.findById(fanId).map(fan -> fan.windowClosedAt() != null).orElse(false);
  }

  private void settleFailure(OutboundMessage message, String token, SendFailure failure) {
    int attempt = message.attempts() + 1;
    boolean retryable =
        failure.kind() == SendFailure.Kind.TRANSIENT
            || (failure.kind() == SendFailure.Kind.AMBIGUOUS && settings.retryAmbiguous());
    if (retryable && attempt < settings.maxAttempts()) {
      log.info(
          "Outbound {} attempt {} failed ({}); retrying", message.id(), attempt, failure.reason());
      untilRecorded(
          message,
          () -> {
            queue.retryLater(message.id(), token, settings.backoffAfter(attempt), failure.reason());
            return null;
          });
      return;
    }
    OutboundStatus status =
        failure.kind() == SendFailure.Kind.AMBIGUOUS
            ? OutboundStatus.UNCERTAIN
            : OutboundStatus.FAILED;
    String reason =
        retryable
            ? "gave up after " + attempt + " attempts: " + failure.reason()
            : failure.reason();
    log.warn("Outbound {} to account {} {}: {}", message.id(), message.accountId(), status, reason);
    if (untilRecorded(
        message,
        () -> messages.markSettled(message.id(), token, status, failure.errorCode(), reason))) {
      events.publishEvent(
          new OutboundMessageSettled(
              message.id(),
              message.fanId(),
              status,
              failure.errorCode(),
              reason,
              message.requestedBy()));
    }
  }
}
