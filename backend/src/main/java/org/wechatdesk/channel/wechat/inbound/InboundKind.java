package org.wechatdesk.channel.wechat.inbound;

import java.util.Locale;

/**
 * What a push is, for the rest of the desk; anything WeChat adds later is stored as UNSUPPORTED.
 */
public enum InboundKind {
  TEXT,
  IMAGE,
  VOICE,
  VIDEO,
  SHORTVIDEO,
  LOCATION,
  LINK,
  SUBSCRIBE,
  UNSUBSCRIBE,
  SCAN,
  CLICK,
  VIEW,
  LOCATION_REPORT,
  UNSUPPORTED;

  public static InboundKind of(String msgType, String event) {
    if ("event".equals(msgType)) {
      return switch (event == null ? "" : event.toLowerCase(Locale.ROOT)) {
        case "subscribe" -> SUBSCRIBE;
        case "unsubscribe" -> UNSUBSCRIBE;
        case "scan" -> SCAN;
        case "click" -> CLICK;
        case "view" -> VIEW;
        case "location" -> LOCATION_REPORT;
        default -> UNSUPPORTED;
      };
    }
    return switch (msgType) {
      case "text" -> TEXT;
      case "image" -> IMAGE;
      case "voice" -> VOICE;
      case "video" -> VIDEO;
      case "shortvideo" -> SHORTVIDEO;
      case "location" -> LOCATION;
      case "link" -> LINK;
      default -> UNSUPPORTED;
    };
  }

  public boolean carriesMedia() {
    return this == IMAGE || this == VOICE || this == VIDEO || this == SHORTVIDEO;
  }

  /**
   * A fan's own message opens the long customer-service window; these interactions open the short
   * one.
   */
  public boolean opensInteractionWindow() {
    return this == SUBSCRIBE || this == SCAN || this == CLICK;
  }

  public boolean opensMessageWindow() {
    return this == TEXT
        || this == IMAGE
        || this == VOICE
        || this == VIDEO
        || this == SHORTVIDEO
        || this == LOCATION
        || this == LINK;
  }
}
