package org.wechatdesk.report;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.routing.agent.AgentPresenceChanged;
import org.wechatdesk.routing.agent.CapacityAppeared;
import org.wechatdesk.system.ClusterNotices;

/**
 * Pushes a fresh wallboard to the wall screens when something they show changed: a conversation
 * milestone or an agent's presence, here or on another node. A burst of events gives one snapshot
 * after another, never a backlog: while one is being read, further events ask for one more only.
 */
@Component
class WallboardNotifier {

  static final String DESTINATION = "/queue/wallboard";
  private static final String CHANGED = "wallboard";
  private static final Logger log = LoggerFactory.getLogger(WallboardNotifier.class);

  private final WallboardQueries wallboard;
  private final SimpMessagingTemplate stomp;
  private final ClusterNotices notices;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "wallboard");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean pending = new AtomicBoolean();

  WallboardNotifier(
      WallboardQueries wallboard, SimpMessagingTemplate stomp, ClusterNotices notices) {
    this.wallboard = wallboard;
    this.stomp = stomp;
    this.notices = notices;
  }

  /** Tells the other nodes in the changing transaction, so that they hear of it when it commits. */
  @EventListener
  void tellOtherNodes(ConversationMilestone milestone) {
    notices.send(CHANGED, "");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(ConversationMilestone milestone) {
    refresh();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(AgentPresenceChanged changed) {
    refresh();
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(CapacityAppeared appeared) {
    refresh();
  }

  @EventListener
  void on(ClusterNotices.ClusterNotice notice) {
    if (notice.topic().equals(CHANGED)) {
      refresh();
    }
  }

  private void refresh() {
    if (pending.compareAndSet(false, true)) {
      sender.execute(this::send);
    }
  }

  private void send() {
    pending.set(false);
    try {
      stomp.convertAndSend(DESTINATION, wallboard.now());
    } catch (RuntimeException e) {
      // The next event brings a fresh snapshot; a screen that missed one still shows the last.
      log.warn("Wallboard not pushed: {}", e.toString());
    }
  }
}
