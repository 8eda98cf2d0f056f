package org.wechatdesk.workbench;

import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.queue.QueueEntryRepository;
import org.wechatdesk.system.ReadModel;

/**
 * How many visitors wait in the agent's queues (排队人数). Counted from the queue entries, which hold
 * the truth about who waits: a visitor just taken by an agent no longer counts, even before the
 * conversation's row says so.
 */
@ReadModel({"desk.agent_queue", "desk.desk_user", "desk.queue_entry"})
@Component
class QueueLength {

  private final AgentProfileRepository agents;
  private final QueueEntryRepository entries;
  private final JdbcClient jdbc;

  QueueLength(AgentProfileRepository agents, QueueEntryRepository entries, JdbcClient jdbc) {
    this.agents = agents;
    this.entries = entries;
    this.jdbc = jdbc;
  }

  int of(long agentId) {
    return agents.queueIds(agentId).stream().mapToInt(entries::countWaiting).sum();
  }

  /**
   * The same for every agent of one queue, by username, in one statement, each queue counted once:
   * a queue's change is told to all its agents, and counting and looking up for each agent apart
   * made every visitor joining a queue cost several round trips per agent (docs/benchmarks.md, "A
   * queue no longer costs each visitor joining it more").
   */
  Map<String, Integer> ofMembersOf(long queueId) {
    Map<String, Integer> lengths = new LinkedHashMap<>();
    jdbc.sql(
            """
            with their_queues as (
                   select distinct mine.queue_id
                     from desk.agent_queue member
                     join desk.agent_queue mine on mine.agent_id = member.agent_id
                    where member.queue_id = :queue),
                 waiting as (
                   select e.queue_id, count(*) as visitors
                     from desk.queue_entry e
                    where e.status = 'WAITING' and e.queue_id in (select queue_id from their_queues)
                    group by e.queue_id)
            select u.username, coalesce(sum(w.visitors), 0) as visitors
              from desk.agent_queue member
              join desk.desk_user u on u.id = member.agent_id
              join desk.agent_queue mine on mine.agent_id = member.agent_id
              left join waiting w on w.queue_id = mine.queue_id
             where member.queue_id = :queue
             group by u.username
             order by u.username""")
        .param("queue", queueId)
        .query(
            (ResultSet rs) -> {
              lengths.put(rs.getString("username"), rs.getInt("visitors"));
            });
    return lengths;
  }
}
