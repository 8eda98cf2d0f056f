package org.wechatdesk.channel.wechat.inbound;

import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.channel.FanChannel;
import org.wechatdesk.system.DbTime;

/**
 * Stores accepted pushes. The insert is the whole acknowledgement path: one auto-committed
 * statement, made idempotent by the unique (account, dedupe key) constraint, which also settles
 * simultaneous deliveries of one message on different threads or nodes.
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
    return insert(accountId, message, xml, FanChannel.WECHAT, null);
  }

  /**
   * Stores a text written on the H5 chat page, in the shape of WeChat's own text message so that
   * one pipeline processes both. The page's client id, scoped to the fan, is the message id: a page
   * that resends after a lost answer does not store the message twice.
   */
  public boolean storeFromPage(long accountId, String openid, String clientId, String text) {
    Instant now = clock.instant();
    String xml =
        "<xml><ToUserName>h5</ToUserName><FromUserName>"
            + escape(openid)
            + "</FromUserName><CreateTime>"
            + now.getEpochSecond()
            + "</CreateTime><MsgType>text</MsgType><Content>"
            + escape(text)
            + "</Content><MsgId>"
            + escape(pageMessageId(openid, clientId))
            + "</MsgId></xml>";
    return insert(accountId, PushMessage.parse(xml), xml, FanChannel.H5, null);
  }

  /**
   * Stores an image sent from the H5 chat page, already kept as desk media {@code mediaId}: the
   * processing finds the media there and has nothing to download. Returns false for a resend
   * (stored before).
   */
  public boolean storeImageFromPage(long accountId, String openid, String clientId, long mediaId) {
    Instant now = clock.instant();
    String xml =
        "<xml><ToUserName>h5</ToUserName><FromUserName>"
            + escape(openid)
            + "</FromUserName><CreateTime>"
            + now.getEpochSecond()
            + "</CreateTime><MsgType>image</MsgType><PicUrl></PicUrl><MediaId>desk:"
            + mediaId
            + "</MediaId><MsgId>"
            + escape(pageMessageId(openid, clientId))
            + "</MsgId></xml>";
    return insert(accountId, PushMessage.parse(xml), xml, FanChannel.H5, mediaId);
  }

  /** Whether a page's message with this client id was stored already. */
  public boolean storedFromPage(long accountId, String openid, String clientId) {
    return jdbc.sql(
                "select count(*) from desk.inbound_message where account_id = ? and dedupe_key = ?")
            .params(accountId, "msg:" + pageMessageId(openid, clientId))
            .query(Long.class)
            .single()
        > 0;
  }

  /** The MsgId given to a page's message; {@link #pageClientId} reads the client id back. */
  static String pageMessageId(String openid, String clientId) {
    return "h5:" + openid + ":" + clientId;
  }

  /** The page's client id of a stored message, or null for one that came from WeChat. */
  public static String pageClientId(String dedupeKey) {
    if (dedupeKey == null || !dedupeKey.startsWith("msg:h5:")) {
      return null;
    }
    return dedupeKey.substring(dedupeKey.lastIndexOf(':') + 1);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private boolean insert(
      long accountId, PushMessage message, String xml, FanChannel channel, Long mediaId) {
    try {
      jdbc.sql(
              """
              insert into desk.inbound_message
                (account_id, dedupe_key, openid, msg_type, event, wechat_created, body_xml, received_at,
                 status, next_attempt_at, channel, media_id)
              values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
          .params(
              accountId,
              message.dedupeKey(),
              message.openid(),
              message.msgType(),
              message.event(),
              DbTime.of(message.createTime()),
              xml,
              DbTime.of(clock.instant()),
              DbTime.of(clock.instant()),
              channel.name(),
              mediaId)
          .update();
      return true;
    } catch (DuplicateKeyException alreadyStored) {
      return false;
    }
  }
}
