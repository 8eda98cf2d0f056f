package org.wechatdesk.routing.agent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.user.UserCreated;
import org.wechatdesk.user.UserDisabled;
import org.wechatdesk.user.UserLoggedOut;

/**
 * Keeps agent profiles in step with desk users, inside the same transaction: a new agent (or
 * supervisor, who serves visitors too) starts offline with the default limit, and a disabled one
 * goes offline so that nobody assigns them a visitor. An agent who logs out goes offline too.
 */
@Component
class AgentAccounts {

  private final AgentProfileRepository profiles;
  private final AgentProfiles agents;

  AgentAccounts(AgentProfileRepository profiles, AgentProfiles agents) {
    this.profiles = profiles;
    this.agents = agents;
  }

  @EventListener
  void loggedOut(UserLoggedOut loggedOut) {
    agents.goOffline(loggedOut.userId());
  }

  @EventListener
  void created(UserCreated created) {
    if (created.role().servesVisitors()) {
      profiles.savePresence(created.userId(), AgentStatus.OFFLINE, AgentProfile.DEFAULT_CONCURRENT);
    }
  }

  @EventListener
  void disabled(UserDisabled disabled) {
    profiles
        .find(disabled.userId())
        .ifPresent(
            profile ->
                profiles.savePresence(
                    profile.userId(), AgentStatus.OFFLINE, profile.maxConcurrent()));
  }
}
