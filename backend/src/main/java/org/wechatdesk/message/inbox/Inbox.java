package org.wechatdesk.message.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.system.DbTime;

/**
 * Where every channel's edge puts a fan's message before it answers the channel. The insert is the
 * whole acknowledgement path: one auto-committed statement, made idempotent by the unique (account,
 * dedupe key) constraint, which also settles simultaneous deliveries of one message on different
 * threads or nodes. {@link InboundProcessor} does everything else afterwards.
 */
@Component
public class Inbox {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ObjectMapper json;
  private final InboundProcessor processor;

  Inbox(JdbcClient jdbc, Clock clock, ObjectMapper json, InboundProcessor processor) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.json = json;
    this.processor = processor;
  }

  /**
   * Stores a fan's message and wakes its processing. {@code wireBody} is what the channel sent,
   * kept as received (null when the channel's own form is not worth keeping); {@code mediaId} is
   * the desk media the edge kept already, if any. Returns false when the message was stored before
   * (the channel's retry or duplicate).
   */
  public boolean store(
      long accountId, FanChannel channel, InboundMessage message, String wireBody, Long mediaId) {
    try {
      jdbc.sql(
              """
              insert into desk.inbound_message
                (account_id, dedupe_key, openid, msg_type, wechat_created, body_xml, payload,
                 received_at, status, next_attempt_at, channel, media_id)
              values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
          .params(
              accountId,
              message.dedupeKey(),
              message.openid(),
              message.kind().name(),
              DbTime.of(message.sentAt()),
              wireBody,
              write(message),
              DbTime.of(clock.instant()),
              DbTime.of(clock.instant()),
              channel.name(),
              mediaId)
          .update();
    } catch (DuplicateKeyException alreadyStored) {
      return false;
    }
    processor.wake();
    return true;
  }

  /** Whether a message with this dedupe key was stored already. */
  public boolean isStored(long accountId, String dedupeKey) {
    return jdbc.sql(
                "select count(*) from desk.inbound_message where account_id = ? and dedupe_key = ?")
            .params(accountId, dedupeKey)
            .query(Long.class)
            .single()
        > 0;
  }

  private String write(InboundMessage message) {
    return InboundPayload.write(json, message);
  }
}
