package org.wechatdesk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.wechatdesk.system.DbTime;

/** A conversation's summary as far as the daily roll-up counts it. */
record SummaryRow(
    Instant startedAt,
    long accountId,
    Long queueId,
    Long agentId,
    boolean served,
    boolean ended,
    String abandonedReason,
    boolean refused,
    String refusedReason,
    Integer messages,
    Boolean solved,
    Integer rating,
    Double waitSeconds,
    Double firstResponseSeconds,
    Double lengthSeconds) {

  static final String COLUMNS =
      """
      started_at, account_id, queue_id, agent_id, assigned_at, ended_at, abandoned_reason, refused,
      refused_reason, messages, solved, rating, wait_seconds, first_response_seconds, length_seconds""";

  static SummaryRow read(ResultSet rs, int n) throws SQLException {
    return new SummaryRow(
        DbTime.read(rs, "started_at"),
        rs.getLong("account_id"),
        rs.getObject("queue_id", Long.class),
        rs.getObject("agent_id", Long.class),
        rs.getObject("assigned_at") != null,
        rs.getObject("ended_at") != null,
        rs.getString("abandoned_reason"),
        rs.getBoolean("refused"),
        rs.getString("refused_reason"),
        rs.getObject("messages", Integer.class),
        rs.getObject("solved", Boolean.class),
        rs.getObject("rating", Integer.class),
        rs.getObject("wait_seconds", Double.class),
        rs.getObject("first_response_seconds", Double.class),
        rs.getObject("length_seconds", Double.class));
  }
}
