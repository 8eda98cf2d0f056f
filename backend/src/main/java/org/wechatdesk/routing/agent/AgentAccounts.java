package org.wechatdesk.routing.agent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.UserCreated;
import org.wechatdesk.user.UserDisabled;

/**
 * Keeps agent profiles in step with desk users, inside the same transaction: a new agent starts
 * offline with the default limit, and a disabled one goes offline so that nobody assigns them a
 * visitor.
 */
@Component
class AgentAccounts {

  private final AgentProfileRepository profiles;

  AgentAccounts(AgentProfileRepository profiles) {
    this.profiles = profiles;
  }

  @EventListener
  void created(UserCreated created) {
    if (created.role() == Role.AGENT) {
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
