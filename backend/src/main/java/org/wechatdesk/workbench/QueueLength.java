package org.wechatdesk.workbench;

import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.queue.QueueEntryRepository;

/**
 * How many visitors wait in the agent's queues (排队人数). Counted from the queue entries, which hold
 * the truth about who waits: a visitor just taken by an agent no longer counts, even before the
 * conversation's row says so.
 */
@Component
class QueueLength {

  private final AgentProfileRepository agents;
  private final QueueEntryRepository entries;

  QueueLength(AgentProfileRepository agents, QueueEntryRepository entries) {
    this.agents = agents;
    this.entries = entries;
  }

  int of(long agentId) {
    return agents.queueIds(agentId).stream().mapToInt(entries::countWaiting).sum();
  }
}
