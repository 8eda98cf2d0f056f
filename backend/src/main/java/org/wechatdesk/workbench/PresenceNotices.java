package org.wechatdesk.workbench;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentPresenceChanged;

/**
 * Tells the agent's workbench that their status changed without their doing (logged out in another
 * tab, gone offline after their sockets closed, or set by an admin), so that it reads it again.
 */
@Component
class PresenceNotices {

  private final WorkbenchNotifier notifier;

  PresenceNotices(WorkbenchNotifier notifier) {
    this.notifier = notifier;
  }

  @EventListener
  void on(AgentPresenceChanged changed) {
    notifier.record(
        changed.agentUsername(),
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.PRESENCE_CHANGED,
            null,
            null,
            null,
            null,
            changed.status().name(),
            null,
            null));
  }
}
