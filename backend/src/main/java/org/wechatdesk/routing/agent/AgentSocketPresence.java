package org.wechatdesk.routing.agent;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.AbstractSubProtocolEvent;
import org.springframework.web.socket.messaging.SessionConnectedEvent;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Presence follows the agent's workbench: when none of their sockets has been open on any node for
 * the grace period, they go offline, so that no fan waits on an absent agent. Sockets live on
 * several nodes, so the database holds when one was last seen: each node writes it when a socket
 * opens or closes and, for the sockets it holds, at every heartbeat; a node that dies stops
 * reporting its sockets, and their agents go offline a grace period later. A reconnect within the
 * grace, on any node, moves the time on.
 */
@Component
class AgentSocketPresence {

  private final AgentProfileRepository profiles;
  private final AgentProfiles agents;
  private final SimpUserRegistry socketsHere;
  private final PresenceProperties properties;
  private final Clock clock;

  AgentSocketPresence(
      AgentProfileRepository profiles,
      AgentProfiles agents,
      SimpUserRegistry socketsHere,
      PresenceProperties properties,
      Clock clock) {
    this.profiles = profiles;
    this.agents = agents;
    this.socketsHere = socketsHere;
    this.properties = properties;
    this.clock = clock;
  }

  @EventListener
  void opened(SessionConnectedEvent event) {
    seen(event);
  }

  @EventListener
  void closed(SessionDisconnectEvent event) {
    seen(event);
  }

  private void seen(AbstractSubProtocolEvent event) {
    Principal user = event.getUser();
    if (user != null) {
      profiles.socketsSeen(List.of(user.getName()), clock.instant());
    }
  }

  @Scheduled(fixedDelayString = PresenceProperties.HEARTBEAT)
  void heartbeat() {
    tick(clock.instant());
  }

  /**
   * Reports this node's sockets as seen {@code now}, then sets the agents gone too long offline.
   */
  void tick(Instant now) {
    profiles.socketsSeen(socketsHere.getUsers().stream().map(SimpUser::getName).toList(), now);
    Instant cutoff = now.minus(properties.offlineGrace());
    for (long agentId : profiles.absentSince(cutoff)) {
      agents.goOfflineIfAbsentSince(agentId, cutoff);
    }
  }
}
