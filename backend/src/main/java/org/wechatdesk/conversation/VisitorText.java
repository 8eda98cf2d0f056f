package org.wechatdesk.conversation;

import org.wechatdesk.channel.wechat.inbound.FanMessageReceived;
import org.wechatdesk.channel.wechat.inbound.PushMessage;
import org.wechatdesk.system.VisibleText;

/**
 * The text a fan's message stands for in a conversation: the words, a menu key, or a short label.
 */
final class VisitorText {

  private VisitorText() {}

  /**
   * Without the characters that change how a text shows (see {@link VisibleText}): a fan's
   * "rtl\u202Egnp.exe" must not reach the agent's screen as "rtlexe.png".
   */
  static String of(FanMessageReceived received) {
    return VisibleText.strip(words(received));
  }

  private static String words(FanMessageReceived received) {
    PushMessage message = received.message();
    return switch (received.kind()) {
      case TEXT -> message.field("Content");
      case CLICK -> message.field("EventKey");
      case IMAGE -> "[图片 image]";
      case VOICE ->
          message.field("Recognition") != null && !message.field("Recognition").isBlank()
              ? "[语音 voice] " + message.field("Recognition")
              : "[语音 voice]";
      case VIDEO, SHORTVIDEO -> "[视频 video]";
      case LOCATION -> "[位置 location] " + nullToEmpty(message.field("Label"));
      case LINK ->
          "[链接 link] "
              + nullToEmpty(message.field("Title"))
              + " "
              + nullToEmpty(message.field("Url"));
      default -> "[暂不支持的消息类型 unsupported: " + message.msgType() + "]";
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
