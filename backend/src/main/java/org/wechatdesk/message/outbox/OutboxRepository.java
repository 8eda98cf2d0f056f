package org.wechatdesk.message.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.OutboundStatus;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.FanOrderedQueue;

@Repository
class OutboxRepository {

  private static final String COLUMNS =
      """
      id, account_id, fan_id, openid, kind, payload, priority, idempotency_key, status, attempts, error_code,
      error_reason, requested_by, created_at, sent_at, channel""";

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  OutboxRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Queues a message and returns it as stored, built from what was written rather than read back:
   * one statement less for every text the desk queues.
   */
  OutboundMessage insert(
      long accountId,
      long fanId,
      String openid,
      FanChannel channel,
      OutboundKind kind,
      OutboundContent content,
      int priority,
      String idempotencyKey,
      String requestedBy) {
    KeyHolder keys = new GeneratedKeyHolder();
    // As stored: the column keeps microseconds.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    jdbc.sql(
            """
            insert into desk.outbound_message
              (account_id, fan_id, openid, kind, payload, priority, idempotency_key, status, next_attempt_at,
               requested_by, created_at, channel)
            values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""")
        .params(
            accountId,
            fanId,
            openid,
            kind.name(),
            write(content),
            priority,
            idempotencyKey,
            DbTime.of(now),
            requestedBy,
            DbTime.of(now),
            channel.name())
        .update(keys, "id");
    return new OutboundMessage(
        keys.getKey().longValue(),
        accountId,
        fanId,
        openid,
        kind,
        content,
        priority,
        idempotencyKey,
        OutboundStatus.PENDING,
        0,
        null,
        null,
        requestedBy,
        now,
        null,
        channel);
  }

  Optional<OutboundMessage> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.outbound_message where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  Optional<OutboundMessage> findByIdempotencyKey(String key) {
    return jdbc.sql("select " + COLUMNS + " from desk.outbound_message where idempotency_key = ?")
        .param(key)
        .query(this::map)
        .optional();
  }

  List<OutboundMessage> findByFan(long fanId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.outbound_message where fan_id = ? order by id desc fetch first ? rows only")
        .params(fanId, limit)
        .query(this::map)
        .list();
  }

  /**
   * The fan's unsent messages on the channel. Found by the fan's account and openid, as the fan's
   * line of unfinished rows is indexed: by the fan's id, PostgreSQL read every unsent row of the
   * desk and kept the fan's, so each text queued cost more the longer the outbox's backlog (4 ms
   * with 265 unsent; docs/benchmarks.md, "Issue 19, third session").
   */
  int countPending(Fan fan, FanChannel channel) {
    return jdbc.sql(
            """
            select count(*) from desk.outbound_message
             where account_id = ? and openid = ? and status in ('PENDING', 'SENDING')
               and kind <> 'TYPING' and channel = ?""")
        .params(fan.accountId(), fan.openid(), channel.name())
        .query(Integer.class)
        .single();
  }

  boolean markSent(long id, String claimToken) {
    return jdbc.sql(
                """
            update desk.outbound_message
               set status = 'SENT', sent_at = ?, attempts = attempts + 1, claim_token = null, claimed_until = null,
                   error_code = null, error_reason = null
             where id = ? and claim_token = ?""")
            .params(DbTime.of(clock.instant()), id, claimToken)
            .update()
        == 1;
  }

  boolean markSettled(
      long id, String claimToken, OutboundStatus status, Integer errorCode, String reason) {
    return jdbc.sql(
                """
            update desk.outbound_message
               set status = ?, attempts = attempts + 1, claim_token = null, claimed_until = null,
                   error_code = ?, error_reason = ?
             where id = ? and claim_token = ?""")
            .params(status.name(), errorCode, reason, id, claimToken)
            .update()
        == 1;
  }

  /**
   * Settles a message whose sender stopped after handing it to WeChat and before recording WeChat's
   * answer: it may have been delivered, so it is UNCERTAIN, never sent again by itself. False if it
   * was settled meanwhile.
   */
  boolean markAbandoned(long id, String reason) {
    return jdbc.sql(
                """
            update desk.outbound_message
               set status = 'UNCERTAIN', attempts = attempts + 1, claim_token = null, claimed_until = null,
                   error_reason = ?
             where id = ? and status = 'SENDING' and claimed_until < ?""")
            .params(reason, id, DbTime.of(clock.instant()))
            .update()
        == 1;
  }

  /**
   * An explicit resend of a message the sender saw FAILED or UNCERTAIN; the idempotency key stays.
   */
  boolean requeue(long id) {
    return jdbc.sql(
                """
            update desk.outbound_message set status = 'PENDING', attempts = 0, next_attempt_at = ?,
                   error_code = null, error_reason = null
             where id = ? and status in ('FAILED', 'UNCERTAIN')""")
            .params(DbTime.of(clock.instant()), id)
            .update()
        == 1;
  }

  /** A message being handed to WeChat right now is, to everyone else, still on its way. */
  private static OutboundStatus status(String stored) {
    return FanOrderedQueue.IN_FLIGHT.equals(stored)
        ? OutboundStatus.PENDING
        : OutboundStatus.valueOf(stored);
  }

  private String write(OutboundContent content) {
    try {
      return json.writeValueAsString(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private OutboundMessage map(ResultSet rs, int row) throws SQLException {
    OutboundContent content;
    try {
      content = json.readValue(rs.getString("payload"), OutboundContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "outbound " + rs.getLong("id") + " has an unreadable payload", e);
    }
    return new OutboundMessage(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getLong("fan_id"),
        rs.getString("openid"),
        OutboundKind.valueOf(rs.getString("kind")),
        content,
        rs.getInt("priority"),
        rs.getString("idempotency_key"),
        status(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getObject("error_code", Integer.class),
        rs.getString("error_reason"),
        rs.getString("requested_by"),
        DbTime.read(rs, "created_at"),
        DbTime.read(rs, "sent_at"),
        FanChannel.valueOf(rs.getString("channel")));
  }
}
