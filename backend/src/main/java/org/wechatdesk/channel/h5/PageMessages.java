package org.wechatdesk.channel.h5;

import java.time.Instant;
import org.wechatdesk.message.InboundMessage;

/**
 * Translates what the H5 page sends into the desk's neutral message. The page's client id, scoped
 * to the fan, makes the dedupe key: a page that resends after a lost answer does not store the
 * message twice, and the page recognises its own message in the transcript by it.
 */
final class PageMessages {

  private static final String PREFIX = "msg:h5:";

  private PageMessages() {}

  static InboundMessage text(String openid, String clientId, String text, Instant sentAt) {
    return InboundMessage.text(openid, sentAt, dedupeKey(openid, clientId), text);
  }

  /** An image the page sent, kept as desk media before it is stored. */
  static InboundMessage image(String openid, String clientId, Instant sentAt) {
    return InboundMessage.keptImage(openid, sentAt, dedupeKey(openid, clientId));
  }

  static String dedupeKey(String openid, String clientId) {
    return PREFIX + openid + ":" + clientId;
  }

  /** The page's client id of a stored message, or null for one that came by another channel. */
  static String clientId(String dedupeKey) {
    if (dedupeKey == null || !dedupeKey.startsWith(PREFIX)) {
      return null;
    }
    return dedupeKey.substring(dedupeKey.lastIndexOf(':') + 1);
  }
}
