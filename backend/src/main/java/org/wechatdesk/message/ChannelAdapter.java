package org.wechatdesk.message;

import java.util.Optional;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;

/**
 * What a channel implements so that the desk's inbox and outbox can carry its fans' messages. The
 * adapter also owns its edge, which the core never calls: it takes the channel's wire format,
 * translates it into an {@link InboundMessage} and hands it to the inbox, which stores it before
 * the channel is answered. Everything past that point (de-duplication, per-fan order, retries,
 * conversations) is the core's, and everything the core needs to know about a channel it asks here.
 * See docs/channels.md.
 */
public interface ChannelAdapter {

  FanChannel channel();

  /**
   * Called in the transaction that processes a fan's message, after the fan is recorded: what the
   * message means for reaching the fan later (WeChat opens its customer-service window).
   */
  void received(Fan fan, InboundMessage message);

  /**
   * Keeps the media {@link InboundMessage#mediaRef()} names as the desk's media and returns its id.
   * Called outside any transaction; may be slow, and a failure is retried apart while the message
   * goes on. The exception's message is logged and shown to agents: it must carry no credentials.
   */
  long keepMedia(OfficialAccount account, InboundMessage message) throws Exception;

  /**
   * Why this channel cannot carry a message of this kind to the fan at all, or empty: asked when
   * the message is queued, so the caller learns it at once.
   */
  Optional<Refusal> refusal(Fan fan, OutboundKind kind);

  /**
   * Whether the desk's automatic texts can reach the fan now, counting {@code pending} messages
   * queued for the fan on this channel and not sent yet.
   */
  Reach reach(Fan fan, int pending);

  /**
   * Why the message must not be delivered now, asked right before each attempt (WeChat: it said the
   * fan's window is closed), or empty. A PERMANENT answer settles the message as FAILED.
   */
  default Optional<DeliveryFailure> heldBack(OutboundMessage message) {
    return Optional.empty();
  }

  /**
   * Whether delivering hands the message to someone outside the desk's database, so that a sender
   * that stops midway leaves it UNCERTAIN rather than sends it again.
   */
  boolean deliversOutsideTheDesk();

  /**
   * Delivers one message; the outbox calls this for each fan's messages in order, one at a time.
   * Throws {@link DeliveryFailure} to say whether to retry, give up, or leave it UNCERTAIN. {@code
   * account} is the message's account, read by the outbox just before (and serving).
   */
  void deliver(OutboundMessage message, OfficialAccount account) throws DeliveryFailure;

  /** In the transaction that records the message as sent (WeChat counts the fan's quota). */
  default void delivered(OutboundMessage message, OfficialAccount account) {}

  /** Why a channel will not take a message, in the terms of a refused request's field. */
  record Refusal(String field, OutboundError code) {}

  /**
   * What the desk may still send the fan by itself on a channel: {@code closedBecause} says why
   * nothing, else {@code messagesLeft} is how many ({@link Integer#MAX_VALUE}: no limit).
   */
  record Reach(DeliveryProblem closedBecause, int messagesLeft) {

    public static Reach unlimited() {
      return new Reach(null, Integer.MAX_VALUE);
    }

    public static Reach closed(DeliveryProblem because) {
      return new Reach(because, 0);
    }

    public static Reach left(int messages) {
      return new Reach(null, messages);
    }
  }
}
