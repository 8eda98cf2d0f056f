package org.wechatdesk.channel.wechat.inbound;

import java.time.Instant;
import java.util.Map;

/** One decrypted push from WeChat: the common header and every field as sent. */
public record PushMessage(
    String toUser, String openid, Instant createTime, String msgType, String event, String msgId,
    Map<String, String> fields) {

  static PushMessage parse(String xml) {
    Map<String, String> fields = SafeXml.parseFields(xml);
    String openid = require(fields, "FromUserName");
    String createTime = require(fields, "CreateTime");
    String msgType = require(fields, "MsgType");
    Instant created;
    try {
      created = Instant.ofEpochSecond(Long.parseLong(createTime.trim()));
    } catch (NumberFormatException e) {
      throw new MalformedPushException("CreateTime is not a number");
    }
    String event = "event".equals(msgType) ? require(fields, "Event") : null;
    return new PushMessage(fields.get("ToUserName"), openid, created, msgType, event, fields.get("MsgId"), fields);
  }

  /**
   * WeChat retries and repeats deliveries; this key identifies one logical message within its account:
   * the MsgId for messages, the sender, time and event for events (which have no MsgId).
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

  private static String require(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null || value.isBlank()) {
      throw new MalformedPushException(name + " is missing");
    }
    if (value.length() > 200) {
      throw new MalformedPushException(name + " is too long");
    }
    return value.trim();
  }
}
