package org.wechatdesk.monitor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.conversation.ConversationAssigned;
import org.wechatdesk.conversation.ConversationEnded;
import org.wechatdesk.conversation.ConversationMessageAdded;
import org.wechatdesk.conversation.ConversationMessageChanged;
import org.wechatdesk.conversation.ConversationStatusChanged;
import org.wechatdesk.conversation.ConversationTransferred;
import org.wechatdesk.system.ClusterNotices;
import org.wechatdesk.workbench.WorkbenchQueries;

/**
 * Pushes what happens in conversations to the supervisors' monitor: the changed row of the list to
 * {@value #LIST}, each new or changed transcript line to {@value #TRANSCRIPT}{@code {id}}. Pushed
 * after the commit, read fresh, so a supervisor never sees what was rolled back; a cluster notice
 * has the other nodes push the same to the supervisors whose sockets they hold.
 */
@Component
class MonitorNotifier {

  static final String LIST = "/topic/monitor/conversations";
  static final String TRANSCRIPT = "/topic/monitor/conversations/";
  private static final String RELAYED_ROW = "monitor-row";
  private static final String RELAYED_LINE = "monitor-line";

  private final LiveConversations live;
  private final WorkbenchQueries transcripts;
  private final SimpMessagingTemplate stomp;
  private final ClusterNotices notices;
  private final ApplicationEventPublisher events;
  private final SimpUserRegistry subscribers;

  MonitorNotifier(
      LiveConversations live,
      WorkbenchQueries transcripts,
      SimpMessagingTemplate stomp,
      ClusterNotices notices,
      ApplicationEventPublisher events,
      SimpUserRegistry subscribers) {
    this.subscribers = subscribers;
    this.events = events;
    this.live = live;
    this.transcripts = transcripts;
    this.stomp = stomp;
    this.notices = notices;
  }

  @EventListener
  void on(ConversationMessageAdded added) {
    lineChanged(added.conversationId(), added.messageId());
    rowChanged(added.conversationId());
  }

  @EventListener
  void on(ConversationMessageChanged changed) {
    lineChanged(changed.conversationId(), changed.messageId());
  }

  @EventListener
  void on(ConversationStatusChanged changed) {
    rowChanged(changed.conversationId());
  }

  @EventListener
  void on(ConversationAssigned assigned) {
    rowChanged(assigned.conversationId());
  }

  @EventListener
  void on(ConversationTransferred transferred) {
    rowChanged(transferred.conversationId());
  }

  @EventListener
  void on(ConversationEnded ended) {
    rowChanged(ended.conversationId());
  }

  /** A change made on another node, for the supervisors whose sockets are open on this one. */
  @EventListener
  void relayed(ClusterNotices.ClusterNotice notice) {
    if (notice.topic().equals(RELAYED_ROW)) {
      pushRow(Long.parseLong(notice.payload()));
    } else if (notice.topic().equals(RELAYED_LINE)) {
      String[] conversationAndMessage = notice.payload().split(":");
      pushLine(
          Long.parseLong(conversationAndMessage[0]), Long.parseLong(conversationAndMessage[1]));
    }
  }

  /** Sent inside the change's transaction, so the other nodes hear of it when it commits. */
  private void rowChanged(long conversationId) {
    notices.send(RELAYED_ROW, Long.toString(conversationId));
    events.publishEvent(new Changed(conversationId, null));
  }

  private void lineChanged(long conversationId, long messageId) {
    notices.send(RELAYED_LINE, conversationId + ":" + messageId);
    events.publishEvent(new Changed(conversationId, messageId));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void push(Changed changed) {
    if (changed.messageId() == null) {
      pushRow(changed.conversationId());
    } else {
      pushLine(changed.conversationId(), changed.messageId());
    }
  }

  /**
   * Read and pushed only while a supervisor on this node watches: every step of every conversation
   * changes a row, and reading it for nobody was eight queries per conversation started
   * (docs/benchmarks.md, "What a conversation's start costs").
   */
  private void pushRow(long conversationId) {
    if (watched(LIST)) {
      stomp.convertAndSend(
          LIST, new MonitorEvent(conversationId, live.find(conversationId).orElse(null)));
    }
  }

  private void pushLine(long conversationId, long messageId) {
    if (watched(TRANSCRIPT + conversationId)) {
      transcripts
          .message(messageId)
          .ifPresent(line -> stomp.convertAndSend(TRANSCRIPT + conversationId, line));
    }
  }

  private boolean watched(String destination) {
    return !subscribers
        .findSubscriptions(subscription -> destination.equals(subscription.getDestination()))
        .isEmpty();
  }

  /**
   * A row ({@code messageId} null) or a line to push once the transaction that changed it has
   * committed.
   */
  record Changed(long conversationId, Long messageId) {}
}
