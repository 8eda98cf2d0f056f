package org.wechatdesk.report;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.routing.agent.AgentPresenceChanged;
import org.wechatdesk.routing.agent.CapacityAppeared;
import org.wechatdesk.system.ClusterNotices;

/**
 * Pushes a fresh wallboard to the wall screens when something they show changed: a conversation
 * milestone or an agent's presence, here or on another node. A burst of events gives one snapshot a
 * second at most, never a backlog: while one is waiting, further events ask for nothing more.
 * Nothing is read while no wall screen is open on this node. (Under a hundred conversations
 * starting a second, snapshots read back to back took most of a core of PostgreSQL:
 * docs/benchmarks.md, "Conversations".)
 */
@Component
class WallboardNotifier {

  static final String DESTINATION = "/queue/wallboard";
  private static final Duration BETWEEN_SNAPSHOTS = Duration.ofSeconds(1);
  private static final String CHANGED = "wallboard";
  private static final Logger log = LoggerFactory.getLogger(WallboardNotifier.class);

  private final WallboardQueries wallboard;
  private final SimpMessagingTemplate stomp;
  private final ClusterNotices notices;
  private final SimpUserRegistry subscribers;
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "wallboard");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile long lastSentNanos = System.nanoTime() - BETWEEN_SNAPSHOTS.toNanos();

  WallboardNotifier(
      WallboardQueries wallboard,
      SimpMessagingTemplate stomp,
      ClusterNotices notices,
      SimpUserRegistry subscribers) {
    this.wallboard = wallboard;
    this.stomp = stomp;
    this.notices = notices;
    this.subscribers = subscribers;
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
      long wait = lastSentNanos + BETWEEN_SNAPSHOTS.toNanos() - System.nanoTime();
      sender.schedule(this::send, Math.max(0, wait), TimeUnit.NANOSECONDS);
    }
  }

  private void send() {
    pending.set(false);
    lastSentNanos = System.nanoTime();
    if (subscribers.findSubscriptions(s -> DESTINATION.equals(s.getDestination())).isEmpty()) {
      return;
    }
    try {
      stomp.convertAndSend(DESTINATION, wallboard.now());
    } catch (RuntimeException e) {
      // The next event brings a fresh snapshot; a screen that missed one still shows the last.
      log.warn("Wallboard not pushed: {}", e.toString());
    }
  }
}
