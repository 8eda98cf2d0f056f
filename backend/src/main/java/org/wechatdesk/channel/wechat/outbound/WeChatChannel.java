package org.wechatdesk.channel.wechat.outbound;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.TokenFreeText;
import org.wechatdesk.channel.wechat.inbound.MediaDownloader;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.FanWindowClosed;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.DeliveryFailure;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.message.OutboundError;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;

/**
 * WeChat as the desk's channel: a fan's message opens WeChat's customer-service window (48 hours
 * after a message, a short one after an interaction), each message through the customer-service API
 * spends the window's quota, and WeChat's word that a window is closed (45015) holds back further
 * messages until the fan writes again. The edge is {@code PushController}, which translates pushes
 * with {@code PushTranslation}.
 */
@Component
class WeChatChannel implements ChannelAdapter {

  private final FanRepository fans;
  private final FanQuota quota;
  private final AccountRepository accounts;
  private final MediaDownloader media;
  private final CustomerServiceApi api;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  WeChatChannel(
      FanRepository fans,
      FanQuota quota,
      AccountRepository accounts,
      MediaDownloader media,
      CustomerServiceApi api,
      ApplicationEventPublisher events,
      Clock clock) {
    this.fans = fans;
    this.quota = quota;
    this.accounts = accounts;
    this.media = media;
    this.api = api;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public FanChannel channel() {
    return FanChannel.WECHAT;
  }

  @Override
  public void received(Fan fan, InboundMessage message) {
    if (message.kind().writtenByFan()) {
      fans.openWindow(fan.id(), Fan.WindowKind.MESSAGE, message.sentAt());
    } else if (message.kind().interaction()) {
      fans.openWindow(fan.id(), Fan.WindowKind.INTERACTION, message.sentAt());
    }
  }

  @Override
  public long keepMedia(OfficialAccount account, InboundMessage message) throws IOException {
    try {
      return media.download(account, message.kind(), message.mediaRef());
    } catch (Exception e) {
      // WxJava's texts quote the URL it called, access token included.
      throw new IOException(TokenFreeText.of(e.getMessage()));
    }
  }

  @Override
  public Optional<Refusal> refusal(Fan fan, OutboundKind kind) {
    if (fan.webVisitor()) {
      return Optional.of(new Refusal("channel", OutboundError.NOT_A_WECHAT_VISITOR));
    }
    return Optional.empty();
  }

  @Override
  public Reach reach(Fan fan, int pending) {
    Fan counted = fans.findById(fan.id()).orElseThrow();
    if (counted.windowClosedAt() != null) {
      return Reach.closed(DeliveryProblem.WINDOW_CLOSED_BEFORE);
    }
    return Reach.left(quota.of(counted).remaining() - pending);
  }

  @Override
  public Optional<DeliveryFailure> heldBack(OutboundMessage message) {
    boolean windowClosed =
        fans.findById(message.fanId()).map(fan -> fan.windowClosedAt() != null).orElse(false);
    return message.kind().countsAgainstQuota() && windowClosed
        ? Optional.of(SendFailure.windowClosedBefore())
        : Optional.empty();
  }

  @Override
  public boolean deliversOutsideTheDesk() {
    return true;
  }

  @Override
  public void deliver(OutboundMessage message, OfficialAccount account) throws DeliveryFailure {
    Instant attemptedAt = clock.instant();
    try {
      api.send(account, message);
    } catch (Exception e) {
      DeliveryFailure failure = SendFailure.classify(e);
      if (SendFailure.closesWindow(failure)
          && fans.recordWindowClosed(message.fanId(), attemptedAt)) {
        events.publishEvent(new FanWindowClosed(message.accountId(), message.fanId()));
      }
      throw failure;
    }
  }

  /** In the transaction that records the send, which waits out a database that is away. */
  @Override
  public void delivered(OutboundMessage message, OfficialAccount account) {
    accounts.recordTokenOk(account);
    if (message.kind().countsAgainstQuota()) {
      fans.countSent(message.fanId());
    }
  }
}
