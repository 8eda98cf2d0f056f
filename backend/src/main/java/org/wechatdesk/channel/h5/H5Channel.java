package org.wechatdesk.channel.h5;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.message.OutboundError;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;

/**
 * The desk's own H5 chat page as a channel. What the visitor sends is kept by the page's edge
 * ({@link PageInbox}), media included; what the desk sends is delivered by being stored, since the
 * page reads the conversation itself ({@link H5Transcript}). So there is no window, no quota, and
 * nothing in flight.
 */
@Component
class H5Channel implements ChannelAdapter {

  /** What the page shows: texts, and files with an image, audio or video player. */
  private static final Set<OutboundKind> PAGE_KINDS =
      EnumSet.of(OutboundKind.TEXT, OutboundKind.IMAGE, OutboundKind.VOICE, OutboundKind.VIDEO);

  @Override
  public FanChannel channel() {
    return FanChannel.H5;
  }

  /** WeChat never saw this message: it opens no customer-service window. */
  @Override
  public void received(Fan fan, InboundMessage message) {}

  @Override
  public long keepMedia(OfficialAccount account, InboundMessage message) {
    throw new IllegalStateException("the H5 page's media is kept when it is sent");
  }

  @Override
  public Optional<Refusal> refusal(Fan fan, OutboundKind kind) {
    if (!PAGE_KINDS.contains(kind)) {
      return Optional.of(new Refusal("kind", OutboundError.H5_UNSUPPORTED_KIND));
    }
    return Optional.empty();
  }

  @Override
  public Reach reach(Fan fan, int pending) {
    return Reach.unlimited();
  }

  @Override
  public boolean deliversOutsideTheDesk() {
    return false;
  }

  /**
   * Stored is delivered: the page reads it. The message passes through the outbox all the same, so
   * that it is settled in order with the fan's other messages and the agent sees it delivered.
   */
  @Override
  public void deliver(OutboundMessage message, OfficialAccount account) {}
}
