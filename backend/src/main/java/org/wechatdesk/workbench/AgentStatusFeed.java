package org.wechatdesk.workbench;

import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.routing.agent.AgentPresenceChanged;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.ClusterNotices;
import org.wechatdesk.system.Role;

/**
 * Tells the admins watching the agents screen that an agent's status changed (went online, busy,
 * logged out, or left without logging out), so that the screen shows who can take fans without a
 * reload. Pushed after the commit to the admins whose sockets are open on this node; the other
 * nodes hear it as a cluster notice and push it to theirs. Nothing is logged for a later catch-up:
 * the screen reads the statuses again whenever its socket (re)connects.
 */
@Component
class AgentStatusFeed {

  static final String DESTINATION = "/queue/agent-status";
  private static final String RELAYED = "agent-status";

  private final SimpMessagingTemplate stomp;
  private final SimpUserRegistry sockets;
  private final ClusterNotices notices;

  AgentStatusFeed(SimpMessagingTemplate stomp, SimpUserRegistry sockets, ClusterNotices notices) {
    this.stomp = stomp;
    this.sockets = sockets;
    this.notices = notices;
  }

  /** Sent with the change's transaction, so that the other nodes hear of it when it commits. */
  @EventListener
  void tellOtherNodes(AgentPresenceChanged changed) {
    notices.send(
        RELAYED, changed.agentId() + ":" + changed.status() + ":" + changed.agentUsername());
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void pushHere(AgentPresenceChanged changed) {
    pushToAdminsHere(
        new AgentStatusNotice(changed.agentId(), changed.agentUsername(), changed.status()));
  }

  /** A change made on another node, for the admins whose sockets are open on this one. */
  @EventListener
  void relayed(ClusterNotices.ClusterNotice notice) {
    if (!notice.topic().equals(RELAYED)) {
      return;
    }
    String[] idStatusUser = notice.payload().split(":", 3);
    pushToAdminsHere(
        new AgentStatusNotice(
            Long.parseLong(idStatusUser[0]),
            idStatusUser[2],
            AgentStatus.valueOf(idStatusUser[1])));
  }

  private void pushToAdminsHere(AgentStatusNotice notice) {
    for (SimpUser user : sockets.getUsers()) {
      if (user.getPrincipal() instanceof Authentication signedIn && Role.isAdmin(signedIn)) {
        stomp.convertAndSendToUser(user.getName(), DESTINATION, notice);
      }
    }
  }

  /** What the agents screen is told: which agent, and their status now. */
  record AgentStatusNotice(long agentId, String username, AgentStatus status) {}
}
