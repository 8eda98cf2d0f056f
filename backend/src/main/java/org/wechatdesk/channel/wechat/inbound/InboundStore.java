package org.wechatdesk.channel.wechat.inbound;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/**
 * Stores accepted pushes. The insert is the whole acknowledgement path: one auto-committed statement,
 * made idempotent by the unique (account, dedupe key) constraint, which also settles simultaneous
 * deliveries of one message on different threads or nodes.
 */
@Repository
public class InboundStore {

  private final JdbcClient jdbc;
  private final Clock clock;

  InboundStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns false when this message was stored before (a WeChat retry or duplicate). */
  public boolean store(long accountId, PushMessage message, String xml) {
    try {
      jdbc.sql("""
              insert into desk.inbound_message
                (account_id, dedupe_key, openid, msg_type, event, wechat_created, body_xml, received_at,
                 status, next_attempt_at)
              values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
          .params(accountId, message.dedupeKey(), message.openid(), message.msgType(), message.event(),
              DbTime.of(message.createTime()), xml, DbTime.of(clock.instant()), DbTime.of(clock.instant()))
          .update();
      return true;
    } catch (DuplicateKeyException alreadyStored) {
      return false;
    }
  }
}
