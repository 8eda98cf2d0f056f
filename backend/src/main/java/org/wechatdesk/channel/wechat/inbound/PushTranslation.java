package org.wechatdesk.channel.wechat.inbound;

import java.util.Locale;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.message.InboundMessage;

/**
 * Translates a push into the desk's neutral message: WeChat's field names (Content, EventKey,
 * MediaId, Recognition, Location_X...) end here. A push of a type WeChat adds later becomes
 * UNSUPPORTED, keeping its MsgType.
 */
final class PushTranslation {

  private PushTranslation() {}

  static InboundMessage toNeutral(PushMessage push) {
    InboundKind kind = kind(push.msgType(), push.event());
    boolean reported = kind == InboundKind.LOCATION_REPORT;
    return new InboundMessage(
        kind,
        push.openid(),
        push.createTime(),
        push.dedupeKey(),
        text(kind, push),
        kind.carriesMedia() ? push.field("MediaId") : null,
        kind == InboundKind.VOICE ? blankToNull(push.field("Recognition")) : null,
        kind == InboundKind.LINK ? push.field("Title") : null,
        kind == InboundKind.LINK ? push.field("Url") : null,
        kind == InboundKind.LOCATION ? push.field("Label") : null,
        coordinate(push.field(reported ? "Latitude" : "Location_X")),
        coordinate(push.field(reported ? "Longitude" : "Location_Y")),
        kind == InboundKind.UNSUPPORTED ? push.msgType() : null);
  }

  static InboundKind kind(String msgType, String event) {
    if ("event".equals(msgType)) {
      return switch (event == null ? "" : event.toLowerCase(Locale.ROOT)) {
        case "subscribe" -> InboundKind.SUBSCRIBE;
        case "unsubscribe" -> InboundKind.UNSUBSCRIBE;
        case "scan" -> InboundKind.SCAN;
        case "click" -> InboundKind.CLICK;
        case "view" -> InboundKind.VIEW;
        case "location" -> InboundKind.LOCATION_REPORT;
        default -> InboundKind.UNSUPPORTED;
      };
    }
    return switch (msgType) {
      case "text" -> InboundKind.TEXT;
      case "image" -> InboundKind.IMAGE;
      case "voice" -> InboundKind.VOICE;
      case "video" -> InboundKind.VIDEO;
      case "shortvideo" -> InboundKind.SHORTVIDEO;
      case "location" -> InboundKind.LOCATION;
      case "link" -> InboundKind.LINK;
      default -> InboundKind.UNSUPPORTED;
    };
  }

  private static String text(InboundKind kind, PushMessage push) {
    return switch (kind) {
      case TEXT -> push.field("Content");
      case CLICK, VIEW, SCAN, SUBSCRIBE -> push.field("EventKey");
      default -> null;
    };
  }

  /** A coordinate WeChat sent, or null for none or one that is not a number. */
  private static Double coordinate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value.trim());
      return Double.isFinite(parsed) ? parsed : null;
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
