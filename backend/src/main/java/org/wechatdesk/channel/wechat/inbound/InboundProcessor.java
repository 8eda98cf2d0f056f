package org.wechatdesk.channel.wechat.inbound;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.FanChannel;
import org.wechatdesk.channel.wechat.TokenFreeText;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.system.FanOrderedQueue;
import org.wechatdesk.system.WorkerLoop;

/**
 * Processes stored pushes after they were acknowledged: keeps the media, records the fan and the
 * customer-service window the message opened, and publishes {@link FanMessageReceived}. Each fan's
 * messages are processed in order; failures are retried with backoff. Media that WeChat does not
 * hand over at once is left to {@link PendingMedia}, so the message and the fan's next ones go on.
 */
@Component
public class InboundProcessor extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
  private static final int BATCH = 20;

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final FanRepository fans;
  private final MediaDownloader mediaDownloader;
  private final PendingMedia pendingMedia;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WeChatProperties.Worker settings;
  private final FanOrderedQueue queue;

  InboundProcessor(
      JdbcClient jdbc,
      Clock clock,
      AccountRepository accounts,
      FanRepository fans,
      MediaDownloader mediaDownloader,
      PendingMedia pendingMedia,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      WeChatProperties properties) {
    super("inbound", properties.inbound().threads(), properties.inbound().pollInterval());
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.fans = fans;
    this.mediaDownloader = mediaDownloader;
    this.pendingMedia = pendingMedia;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = properties.inbound();
    this.queue = new FanOrderedQueue(jdbc, clock, "desk.inbound_message", "c.id");
  }

  @Override
  protected int drainOnce() {
    FanOrderedQueue.Claim claim = queue.claim(BATCH, settings.lease());
    for (long id : claim.ids()) {
      if (queue.renew(id, claim.token(), settings.lease())) {
        processOne(id, claim.token());
      }
    }
    return claim.ids().size();
  }

  private void processOne(long id, String token) {
    StoredPush push = load(id);
    OfficialAccount account = accounts.findById(push.accountId()).orElseThrow();
    PushMessage message = PushMessage.parse(push.xml());
    InboundKind kind = InboundKind.of(message.msgType(), message.event());
    Long mediaId = push.mediaId();
    String mediaFailure = null;
    if (kind.carriesMedia() && mediaId == null) {
      try {
        mediaId = mediaDownloader.download(account, kind, message.field("MediaId"));
        jdbc.sql("update desk.inbound_message set media_id = ? where id = ?")
            .params(mediaId, id)
            .update();
      } catch (Exception e) {
        // The fan's conversation and later messages do not wait for WeChat's media service.
        mediaFailure = "media download failed: " + TokenFreeText.of(e.getMessage());
        log.warn(
            "Inbound {}: {}; the message goes on, its media is fetched apart", id, mediaFailure);
      }
    }
    Long keptMediaId = mediaId;
    String pendingMediaFailure = mediaFailure;
    try {
      transaction.executeWithoutResult(
          status ->
              record(
                  id,
                  token,
                  account,
                  message,
                  kind,
                  keptMediaId,
                  pendingMediaFailure,
                  push.channel()));
    } catch (RuntimeException e) {
      if (push.attempts() + 1 < settings.maxAttempts()) {
        log.warn("Inbound {} failed ({}); retrying", id, e.toString());
        queue.retryLater(id, token, settings.backoffAfter(push.attempts() + 1), e.toString());
      } else {
        log.error("Inbound {} failed {} times; giving up", id, push.attempts() + 1, e);
        queue.finish(id, token, "FAILED", e.toString());
      }
    }
  }

  private void record(
      long id,
      String token,
      OfficialAccount account,
      PushMessage message,
      InboundKind kind,
      Long mediaId,
      String mediaFailure,
      FanChannel channel) {
    Fan fan = fans.findOrCreate(account.id(), message.openid());
    if (channel == FanChannel.H5) {
      // WeChat never saw this message: it opens no customer-service window.
      fans.recordMessage(fan.id(), message.createTime());
    } else if (kind.opensMessageWindow()) {
      fans.openWindow(fan.id(), Fan.WindowKind.MESSAGE, message.createTime());
      fans.recordMessage(fan.id(), message.createTime());
    } else if (kind.opensInteractionWindow()) {
      fans.openWindow(fan.id(), Fan.WindowKind.INTERACTION, message.createTime());
    }
    if (kind == InboundKind.SUBSCRIBE || kind == InboundKind.UNSUBSCRIBE) {
      fans.setSubscribed(fan.id(), kind == InboundKind.SUBSCRIBE);
    }
    jdbc.sql(
            "update desk.inbound_message set fan_id = ?, processed_at = current_timestamp where id = ?")
        .params(fan.id(), id)
        .update();
    if (mediaFailure != null) {
      pendingMedia.schedule(id, mediaFailure);
    }
    if (!queue.finish(id, token, "PROCESSED", null)) {
      throw new IllegalStateException("inbound " + id + " was claimed by another worker meanwhile");
    }
    events.publishEvent(
        new FanMessageReceived(
            account.id(), fan.id(), id, kind, message, mediaId, mediaFailure != null, channel));
  }

  private StoredPush load(long id) {
    return jdbc.sql(
            "select account_id, body_xml, attempts, media_id, channel from desk.inbound_message where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredPush(
                    rs.getLong("account_id"),
                    rs.getString("body_xml"),
                    rs.getInt("attempts"),
                    (Long) rs.getObject("media_id", Long.class),
                    FanChannel.valueOf(rs.getString("channel"))))
        .single();
  }

  private record StoredPush(
      long accountId, String xml, int attempts, Long mediaId, FanChannel channel) {}
}
