package org.wechatdesk.message.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.Channels;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.message.MessageProperties;
import org.wechatdesk.system.FanOrderedQueue;
import org.wechatdesk.system.WorkerLoop;
import org.wechatdesk.system.WorkerSettings;

/**
 * Processes stored messages after they were acknowledged: has the channel keep the media, records
 * the fan and what the message means for reaching the fan, and publishes {@link FanMessageReceived}
 * when the account serves its fans (a disabled one's are kept, and start no conversation and no
 * automatic reply). Each fan's messages are processed in order; failures are retried with backoff.
 * Media that the channel does not hand over at once is left to {@link PendingMedia}, so the message
 * and the fan's next ones go on.
 */
@Component
public class InboundProcessor extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
  private static final int BATCH = 20;

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final AccountRepository accounts;
  private final FanRepository fans;
  private final Channels channels;
  private final PendingMedia pendingMedia;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WorkerSettings settings;
  private final FanOrderedQueue queue;

  InboundProcessor(
      JdbcClient jdbc,
      DataSource dataSource,
      Clock clock,
      ObjectMapper json,
      AccountRepository accounts,
      FanRepository fans,
      Channels channels,
      PendingMedia pendingMedia,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      MessageProperties properties) {
    super("inbound", properties.inbound().threads(), properties.inbound().pollInterval());
    this.jdbc = jdbc;
    this.json = json;
    this.accounts = accounts;
    this.fans = fans;
    this.channels = channels;
    this.pendingMedia = pendingMedia;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = properties.inbound();
    this.queue = new FanOrderedQueue(dataSource, clock, "desk.inbound_message", "c.id");
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
    Stored stored = load(id);
    OfficialAccount account = accounts.findById(stored.accountId()).orElseThrow();
    ChannelAdapter adapter = channels.of(stored.channel());
    InboundMessage message = stored.message();
    Long mediaId = stored.mediaId();
    String mediaFailure = null;
    if (message.kind().carriesMedia() && mediaId == null) {
      try {
        mediaId = adapter.keepMedia(account, message);
        jdbc.sql("update desk.inbound_message set media_id = ? where id = ?")
            .params(mediaId, id)
            .update();
      } catch (Exception e) {
        // The fan's conversation and later messages do not wait for the channel's media service.
        mediaFailure = PendingMedia.describe(e);
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
                  adapter,
                  keptMediaId,
                  pendingMediaFailure,
                  stored.channel()));
    } catch (RuntimeException e) {
      if (stored.attempts() + 1 < settings.maxAttempts()) {
        log.warn("Inbound {} failed ({}); retrying", id, e.toString());
        queue.retryLater(id, token, settings.backoffAfter(stored.attempts() + 1), e.toString());
      } else {
        log.error("Inbound {} failed {} times; giving up", id, stored.attempts() + 1, e);
        queue.finish(id, token, "FAILED", e.toString());
      }
    }
  }

  private void record(
      long id,
      String token,
      OfficialAccount account,
      InboundMessage message,
      ChannelAdapter adapter,
      Long mediaId,
      String mediaFailure,
      FanChannel channel) {
    Fan fan = fans.findOrCreate(account.id(), message.openid());
    adapter.received(fan, message);
    if (message.kind().writtenByFan()) {
      fans.recordMessage(fan.id(), message.sentAt());
    }
    if (message.kind() == InboundKind.SUBSCRIBE || message.kind() == InboundKind.UNSUBSCRIBE) {
      fans.setSubscribed(fan.id(), message.kind() == InboundKind.SUBSCRIBE);
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
    if (!account.serving()) {
      log.info(
          "Account {} is {}: inbound {} is kept but starts nothing",
          account.id(),
          account.state(),
          id);
      return;
    }
    events.publishEvent(
        new FanMessageReceived(
            account.id(), fan.id(), id, message, mediaId, mediaFailure != null, channel));
  }

  private Stored load(long id) {
    return jdbc.sql(
            "select account_id, payload, attempts, media_id, channel from desk.inbound_message where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getLong("account_id"),
                    InboundPayload.read(json, id, rs.getString("payload")),
                    rs.getInt("attempts"),
                    (Long) rs.getObject("media_id", Long.class),
                    FanChannel.valueOf(rs.getString("channel"))))
        .single();
  }

  private record Stored(
      long accountId, InboundMessage message, int attempts, Long mediaId, FanChannel channel) {}
}
