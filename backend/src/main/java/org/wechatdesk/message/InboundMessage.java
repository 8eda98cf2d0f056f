package org.wechatdesk.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A fan's message or event as the desk understands it, whichever channel it came by. The channel's
 * adapter translates its wire format into this at the edge, before the message is stored; nothing
 * past the inbox reads a channel's own field names. Which fields are set depends on the kind:
 *
 * <ul>
 *   <li>{@code text}: TEXT's words; the key of a menu choice (CLICK); the page a menu opened
 *       (VIEW); the scene of a QR code (SCAN, and SUBSCRIBE through a code);
 *   <li>{@code mediaRef}: for IMAGE, VOICE, VIDEO and SHORTVIDEO, the channel's own handle of media
 *       that the adapter still has to fetch ({@link ChannelAdapter#keepMedia}); null when the edge
 *       kept the media already;
 *   <li>{@code recognition}: the channel's transcript of a VOICE message, if it made one;
 *   <li>{@code title} and {@code url}: a LINK;
 *   <li>{@code label}, {@code latitude}, {@code longitude}: a LOCATION sent, or one reported
 *       (LOCATION_REPORT, no label);
 *   <li>{@code originalType}: what the channel called a message the desk does not know
 *       (UNSUPPORTED).
 * </ul>
 *
 * @param openid the fan within the account: WeChat's openid, or the one the desk gave an H5 visitor
 * @param dedupeKey identifies one logical message within its account, so that a channel's resend is
 *     stored once
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboundMessage(
    InboundKind kind,
    String openid,
    Instant sentAt,
    String dedupeKey,
    String text,
    String mediaRef,
    String recognition,
    String title,
    String url,
    String label,
    Double latitude,
    Double longitude,
    String originalType) {

  public static InboundMessage text(String openid, Instant sentAt, String dedupeKey, String text) {
    return new InboundMessage(
        InboundKind.TEXT,
        openid,
        sentAt,
        dedupeKey,
        text,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** An image the edge kept as desk media already: nothing is left to fetch. */
  public static InboundMessage keptImage(String openid, Instant sentAt, String dedupeKey) {
    return new InboundMessage(
        InboundKind.IMAGE,
        openid,
        sentAt,
        dedupeKey,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
