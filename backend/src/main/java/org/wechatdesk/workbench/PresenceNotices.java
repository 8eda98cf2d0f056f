package org.wechatdesk.workbench;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentPresenceChanged;

/**
 * Tells the agent's workbench that their status changed, so that every tab reads it again: the
 * change may come from another tab, from logging out, from their sockets having closed, or from an
 * admin.
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
