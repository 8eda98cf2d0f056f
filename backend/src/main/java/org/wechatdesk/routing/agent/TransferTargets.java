package org.wechatdesk.routing.agent;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.ReadModel;

/**
 * Where an agent can hand a conversation: every queue, each with its members who are online and
 * enabled, and their load, so that the agent picks someone with room (the transfer checks again).
 */
@ReadModel({"desk.desk_user"})
@Repository
class TransferTargets {

  private final JdbcClient jdbc;

  TransferTargets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<TargetQueue> all() {
    Map<Long, TargetQueue> queues = new LinkedHashMap<>();
    jdbc.sql(
            """
            select q.id, q.name, a.user_id, a.username, a.display_name, a.active_count, a.max_concurrent
              from desk.service_queue q
              left join (select m.queue_id, p.user_id, u.username, u.display_name, p.active_count, p.max_concurrent
                           from desk.agent_queue m
                           join desk.agent_profile p on p.user_id = m.agent_id and p.status = 'ONLINE'
                           join desk.desk_user u on u.id = p.user_id and u.enabled) a on a.queue_id = q.id
             order by q.name, q.id, a.display_name, a.user_id""")
        .query(
            rs -> {
              String name = rs.getString("name");
              TargetQueue queue =
                  queues.computeIfAbsent(
                      rs.getLong("id"), id -> new TargetQueue(id, name, new ArrayList<>()));
              long agentId = rs.getLong("user_id");
              if (!rs.wasNull()) {
                queue
                    .onlineAgents()
                    .add(
                        new TargetAgent(
                            agentId,
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getInt("active_count"),
                            rs.getInt("max_concurrent")));
              }
            });
    return List.copyOf(queues.values());
  }

  /** A queue to transfer to, with the members who could take the visitor now or soon. */
  record TargetQueue(long id, String name, List<TargetAgent> onlineAgents) {
    TargetQueue without(String username) {
      return new TargetQueue(
          id,
          name,
          onlineAgents.stream().filter(agent -> !agent.username().equals(username)).toList());
    }
  }

  /** An online member of a queue and their load: {@code activeCount} of {@code maxConcurrent}. */
  @Schema(name = "TransferAgent")
  record TargetAgent(
      long userId, String username, String displayName, int activeCount, int maxConcurrent) {}
}
