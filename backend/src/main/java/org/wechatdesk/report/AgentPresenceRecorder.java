package org.wechatdesk.report;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentPresenceChanged;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.DbTime;

/**
 * Records agents' presence as stretches of time: a change closes the agent's open stretch and,
 * unless they went offline, opens one in the new status. It listens synchronously, so the record
 * commits or rolls back with the change.
 */
@Component
class AgentPresenceRecorder {

  private final JdbcClient jdbc;
  private final Clock clock;

  AgentPresenceRecorder(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @EventListener
  void on(AgentPresenceChanged changed) {
    record(changed.agentId(), changed.status(), clock.instant());
  }

  void record(long agentId, AgentStatus status, Instant at) {
    jdbc.sql("update desk.agent_presence set ended_at = ? where agent_id = ? and ended_at is null")
        .params(DbTime.of(at), agentId)
        .update();
    if (status != AgentStatus.OFFLINE) {
      jdbc.sql("insert into desk.agent_presence (agent_id, status, started_at) values (?, ?, ?)")
          .params(agentId, status.name(), DbTime.of(at))
          .update();
    }
  }
}
