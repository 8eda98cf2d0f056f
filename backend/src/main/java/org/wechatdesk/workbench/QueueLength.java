package org.wechatdesk.workbench;

import java.util.HashMap;
import java.util.Map;
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
    return of(agentId, new HashMap<>());
  }

  /**
   * The same, counting each queue once for all the agents told of one change: a queue's change is
   * told to every member, and counting its waiting visitors again for each of them made every
   * visitor joining a long queue cost as much as the queue's length times its agents
   * (docs/benchmarks.md, "Cost as the queue grows").
   */
  int of(long agentId, Map<Long, Integer> countedQueues) {
    return agents.queueIds(agentId).stream()
        .mapToInt(queue -> countedQueues.computeIfAbsent(queue, entries::countWaiting))
        .sum();
  }
}
