package org.wechatdesk.message.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.message.Channels;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.InboundMediaSettled;
import org.wechatdesk.message.InboundMessage;
import org.wechatdesk.message.MessageProperties;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.FanOrderedQueue;
import org.wechatdesk.system.WorkerLoop;
import org.wechatdesk.system.WorkerSettings;

/**
 * Fetches the media of messages that went on without it, because the channel's media download
 * failed when the message was processed. Retried with the inbound workers' backoff (WeChat keeps
 * media 3 days); the outcome either way is announced with {@link InboundMediaSettled}. Rows are
 * taken by moving their due time under a compare-and-set, so two nodes never fetch the same media
 * at once.
 */
@Component
class PendingMedia extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(PendingMedia.class);
  private static final int BATCH = 20;
  private static final Duration LEASE = Duration.ofMinutes(2);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final AccountRepository accounts;
  private final Channels channels;
  private final ObjectMapper json;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WorkerSettings settings;

  PendingMedia(
      JdbcClient jdbc,
      Clock clock,
      AccountRepository accounts,
      Channels channels,
      ObjectMapper json,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      MessageProperties properties) {
    super("inbound-media", 1, properties.inbound().pollInterval());
    this.jdbc = jdbc;
    this.clock = clock;
    this.accounts = accounts;
    this.channels = channels;
    this.json = json;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = properties.inbound();
  }

  /**
   * Called in the transaction that processes the message: its media is fetched after the first
   * failure.
   */
  void schedule(long inboundId, String firstFailure) {
    jdbc.sql(
            """
            update desk.inbound_message
               set media_status = 'PENDING', media_attempts = 1, media_due_at = ?, media_error = ?
             where id = ?""")
        .params(
            DbTime.of(clock.instant().plus(settings.backoffAfter(1))),
            FanOrderedQueue.truncate(firstFailure),
            inboundId)
        .update();
  }

  @Override
  protected int drainOnce() {
    Instant now = clock.instant();
    List<Due> due =
        jdbc.sql(
                """
            select id, account_id, payload, channel, media_due_at, media_attempts from desk.inbound_message
             where media_status = 'PENDING' and media_due_at <= ? order by media_due_at fetch first ? rows only""")
            .params(DbTime.of(now), BATCH)
            .query(
                (rs, n) ->
                    new Due(
                        rs.getLong("id"),
                        rs.getLong("account_id"),
                        InboundPayload.read(json, rs.getLong("id"), rs.getString("payload")),
                        FanChannel.valueOf(rs.getString("channel")),
                        DbTime.read(rs, "media_due_at"),
                        rs.getInt("media_attempts")))
            .list();
    int done = 0;
    for (Due row : due) {
      if (take(row, now.plus(LEASE))) {
        fetch(row);
        done++;
      }
    }
    return done;
  }

  private boolean take(Due row, Instant leaseEnd) {
    return jdbc.sql(
                """
            update desk.inbound_message set media_due_at = ?
             where id = ? and media_status = 'PENDING' and media_due_at = ?""")
            .params(DbTime.of(leaseEnd), row.id(), DbTime.of(row.dueAt()))
            .update()
        == 1;
  }

  private void fetch(Due row) {
    long mediaId;
    try {
      mediaId =
          channels
              .of(row.channel())
              .keepMedia(accounts.findById(row.accountId()).orElseThrow(), row.message());
    } catch (Exception e) {
      failed(row, describe(e));
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
              update desk.inbound_message
                 set media_id = ?, media_status = 'KEPT', media_due_at = null, media_error = null
               where id = ?""")
              .params(mediaId, row.id())
              .update();
          events.publishEvent(new InboundMediaSettled(row.id(), mediaId, null));
        });
  }

  private void failed(Due row, String error) {
    int attempt = row.attempts() + 1;
    if (attempt < settings.maxAttempts()) {
      log.info("Inbound {}: {}; fetching again later", row.id(), error);
      jdbc.sql(
              """
              update desk.inbound_message set media_attempts = ?, media_due_at = ?, media_error = ?
               where id = ?""")
          .params(
              attempt,
              DbTime.of(clock.instant().plus(settings.backoffAfter(attempt))),
              FanOrderedQueue.truncate(error),
              row.id())
          .update();
      return;
    }
    log.warn("Inbound {}: {}; gave up after {} attempts", row.id(), error, attempt);
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  """
              update desk.inbound_message
                 set media_attempts = ?, media_status = 'FAILED', media_due_at = null, media_error = ?
               where id = ?""")
              .params(attempt, FanOrderedQueue.truncate(error), row.id())
              .update();
          events.publishEvent(new InboundMediaSettled(row.id(), null, error));
        });
  }

  /** The adapter's exception texts are safe to log and show (see ChannelAdapter#keepMedia). */
  static String describe(Exception e) {
    return "media download failed: " + e.getMessage();
  }

  private record Due(
      long id,
      long accountId,
      InboundMessage message,
      FanChannel channel,
      Instant dueAt,
      int attempts) {}
}
