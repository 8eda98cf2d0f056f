package org.wechatdesk.message;

/**
 * What a fan's message or event is, for the rest of the desk. A channel's adapter maps its own
 * types onto these; anything a channel adds later is UNSUPPORTED.
 */
public enum InboundKind {
  TEXT,
  IMAGE,
  VOICE,
  VIDEO,
  SHORTVIDEO,
  LOCATION,
  LINK,
  /** The fan follows the account (WeChat's subscribe), possibly through a QR code's scene. */
  SUBSCRIBE,
  UNSUBSCRIBE,
  /** A follower scanned one of the account's QR codes. */
  SCAN,
  /** A menu choice: {@link InboundMessage#text()} is its key. */
  CLICK,
  /** A menu entry that opened a page: {@link InboundMessage#text()} is its address. */
  VIEW,
  LOCATION_REPORT,
  UNSUPPORTED;

  public boolean carriesMedia() {
    return this == IMAGE || this == VOICE || this == VIDEO || this == SHORTVIDEO;
  }

  /** Something the fan wrote or sent, as opposed to an event of following, scanning or a menu. */
  public boolean writtenByFan() {
    return this == TEXT
        || this == IMAGE
        || this == VOICE
        || this == VIDEO
        || this == SHORTVIDEO
        || this == LOCATION
        || this == LINK;
  }

  /** The fan acted towards the account without writing: followed, scanned, chose from the menu. */
  public boolean interaction() {
    return this == SUBSCRIBE || this == SCAN || this == CLICK;
  }
}
