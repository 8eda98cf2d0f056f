package org.wechatdesk.conversation;

import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.system.VisibleText;

/**
 * The text a fan's message stands for in a conversation: the words, a menu key, what WeChat
 * recognised in a voice message, a place's name or a link's title and address; empty for a picture
 * or a video. What kind of message it was is the line's kind, which the screens word themselves.
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
      case IMAGE, VIDEO, SHORTVIDEO -> "";
      case VOICE -> nullToEmpty(message.recognition());
      case LOCATION -> nullToEmpty(message.label());
      case LINK -> (nullToEmpty(message.title()) + " " + nullToEmpty(message.url())).strip();
      default -> nullToEmpty(message.originalType());
    };
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
