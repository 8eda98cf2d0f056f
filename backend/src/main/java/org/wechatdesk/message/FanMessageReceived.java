package org.wechatdesk.message;

/**
 * A fan's message or event, stored, de-duplicated and with its media kept, or with {@code
 * mediaPending} when the channel did not hand the media over at once: it is then fetched apart and
 * announced by {@link InboundMediaSettled}. Published inside the processing transaction: a listener
 * that fails makes the message be processed again later.
 */
public record FanMessageReceived(
    long accountId,
    long fanId,
    long inboundId,
    InboundMessage message,
    Long mediaId,
    boolean mediaPending,
    FanChannel channel) {

  public InboundKind kind() {
    return message.kind();
  }
}
