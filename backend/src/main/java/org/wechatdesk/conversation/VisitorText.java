package org.wechatdesk.conversation;

import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundMessage;
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
    InboundMessage message = received.message();
    return switch (message.kind()) {
      case TEXT, CLICK -> message.text();
      case IMAGE -> "[图片 image]";
      case VOICE ->
          message.recognition() != null ? "[语音 voice] " + message.recognition() : "[语音 voice]";
      case VIDEO, SHORTVIDEO -> "[视频 video]";
      case LOCATION -> "[位置 location] " + nullToEmpty(message.label());
      case LINK -> "[链接 link] " + nullToEmpty(message.title()) + " " + nullToEmpty(message.url());
      default -> "[暂不支持的消息类型 unsupported: " + message.originalType() + "]";
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
