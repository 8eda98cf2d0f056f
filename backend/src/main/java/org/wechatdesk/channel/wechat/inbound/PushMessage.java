package org.wechatdesk.channel.wechat.inbound;

import java.time.Instant;
import java.util.Map;

/** One decrypted push from WeChat: the common header and every field as sent. */
public record PushMessage(
    String toUser,
    String openid,
    Instant createTime,
    String msgType,
    String event,
    String msgId,
    Map<String, String> fields) {

  /**
   * The dedupe key ({@code "msg:" + MsgId}) fits desk.inbound_message.dedupe_key, 200 characters.
   */
  private static final int MAX_MSG_ID = 196;

  /** The latest CreateTime taken: 9999-12-31T23:59:59Z, the end of what both databases store. */
  private static final long LATEST_CREATE_TIME = 253_402_300_799L;

  static PushMessage parse(String xml) {
    Map<String, String> fields = SafeXml.parseFields(xml);
    // Limits are the widths of desk.inbound_message's columns: a longer value is refused, not a
    // failed insert.
    String openid = require(fields, "FromUserName", 64);
    String createTime = require(fields, "CreateTime", 20);
    String msgType = require(fields, "MsgType", 32);
    String event = "event".equals(msgType) ? require(fields, "Event", 64) : null;
    String msgId = fields.get("MsgId");
    if (msgId != null && msgId.trim().length() > MAX_MSG_ID) {
      throw new MalformedPushException("MsgId is too long");
    }
    return new PushMessage(
        fields.get("ToUserName"), openid, createdAt(createTime), msgType, event, msgId, fields);
  }

  private static Instant createdAt(String createTime) {
    long seconds;
    try {
      seconds = Long.parseLong(createTime);
    } catch (NumberFormatException e) {
      throw new MalformedPushException("CreateTime is not a number");
    }
    if (seconds < 0 || seconds > LATEST_CREATE_TIME) {
      throw new MalformedPushException("CreateTime is out of range");
    }
    return Instant.ofEpochSecond(seconds);
  }

  /**
   * WeChat retries and repeats deliveries; this key identifies one logical message within its
   * account: the MsgId for messages, the sender, time and event for events (which have no MsgId).
   */
  public String dedupeKey() {
    if (msgId != null && !msgId.isBlank()) {
      return "msg:" + msgId.trim();
    }
    String kind = event != null ? event : msgType;
    return "evt:" + openid + ":" + createTime.getEpochSecond() + ":" + kind;
  }

  public String field(String name) {
    return fields.get(name);
  }

  private static String require(Map<String, String> fields, String name, int maxLength) {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw new MalformedPushException(name + " is missing");
    }
    if (value.trim().length() > maxLength) {
      throw new MalformedPushException(name + " is too long");
    }
    return value.trim();
  }
}
