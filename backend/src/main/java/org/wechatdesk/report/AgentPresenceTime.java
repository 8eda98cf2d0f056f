package org.wechatdesk.report;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.DbTime;

/**
 * How long each agent was online and busy (示忙) within a period: the recorded stretches clipped to
 * the period, a stretch still open counting up to now.
 */
@Component
class AgentPresenceTime {

  private final JdbcClient jdbc;
  private final Clock clock;

  AgentPresenceTime(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Per agent with any presence in the period; {@code agentId} narrows to one agent. */
  Map<Long, Seconds> within(Instant from, Instant to, Long agentId) {
    Instant now = clock.instant();
    Instant end = now.isBefore(to) ? now : to;
    Map<Long, Seconds> seconds = new HashMap<>();
    if (!end.isAfter(from)) {
      return seconds;
    }
    // Seconds since the epoch on both sides: EXTRACT(EPOCH ...) reads the same on PostgreSQL and
    // H2.
    String sql =
        """
        select agent_id, status,
               sum(extract(epoch from least(coalesce(ended_at, cast(? as timestamp with time zone)),
                                            cast(? as timestamp with time zone)))
                   - extract(epoch from greatest(started_at, cast(? as timestamp with time zone)))) as seconds
          from desk.agent_presence
         where (ended_at is null or ended_at > ?) and started_at < ?"""
            + (agentId == null ? "" : " and agent_id = ?")
            + " group by agent_id, status";
    var query =
        jdbc.sql(sql)
            .params(
                DbTime.of(end), DbTime.of(end), DbTime.of(from), DbTime.of(from), DbTime.of(end));
    if (agentId != null) {
      query = query.param(agentId);
    }
    query.query(
        (ResultSet rs) -> {
          double value = rs.getDouble("seconds");
          seconds.merge(
              rs.getLong("agent_id"),
              AgentStatus.valueOf(rs.getString("status")) == AgentStatus.ONLINE
                  ? new Seconds(value, 0)
                  : new Seconds(0, value),
              Seconds::plus);
        });
    return seconds;
  }

  /** {@code online}: in status ONLINE; {@code busyStatus}: in status BUSY (示忙). */
  record Seconds(double online, double busyStatus) {

    static final Seconds NONE = new Seconds(0, 0);

    Seconds plus(Seconds other) {
      return new Seconds(online + other.online, busyStatus + other.busyStatus);
    }
  }
}
