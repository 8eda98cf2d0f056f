package org.wechatdesk.message.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountState;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.Channels;
import org.wechatdesk.message.DeliveryFailure;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.message.MessageProperties;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.OutboundMessageSettled;
import org.wechatdesk.message.OutboundStatus;
import org.wechatdesk.system.FanOrderedQueue;
import org.wechatdesk.system.WorkerLoop;
import org.wechatdesk.system.WorkerSettings;

/**
 * Sends the outbox: woken right after a commit that queued something, and polling for retries and
 * for messages left by a node that stopped. Each fan's messages go out in order, one at a time.
 */
@Component
class OutboxSender extends WorkerLoop {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

  /**
   * Few rows per claim: each send waits on the channel, so a large batch would keep one sender busy
   * with rows that idle senders could have taken.
   */
  private static final int BATCH = 4;

  private static final Duration DATABASE_RETRY = Duration.ofSeconds(1);

  private final OutboxRepository messages;
  private final AccountRepository accounts;
  private final Channels channels;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final WorkerSettings settings;
  private final FanOrderedQueue queue;
  private final AtomicLong abandonedLookDue = new AtomicLong(System.nanoTime());

  OutboxSender(
      DataSource dataSource,
      Clock clock,
      OutboxRepository messages,
      AccountRepository accounts,
      Channels channels,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      MessageProperties properties) {
    super("outbox", properties.outbox().threads(), properties.outbox().pollInterval());
    this.messages = messages;
    this.accounts = accounts;
    this.channels = channels;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.settings = properties.outbox();
    this.queue =
        new FanOrderedQueue(dataSource, clock, "desk.outbound_message", "c.priority desc, c.id");
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void queued(Outbox.OutboxChanged event) {
    wake();
  }

  @Override
  protected int drainOnce() {
    if (abandonedLookIsDue()) {
      settleAbandoned();
    }
    FanOrderedQueue.Claim claim = queue.claim(BATCH, settings.lease());
    for (long id : claim.ids()) {
      sendOne(id, claim.token());
    }
    return claim.ids().size();
  }

  private void sendOne(long id, String token) {
    OutboundMessage message = messages.findById(id).orElseThrow();
    ChannelAdapter adapter = channels.of(message.channel());
    OfficialAccount account = accounts.findById(message.accountId()).orElseThrow();
    Optional<DeliveryFailure> heldBack = notServing(account).or(() -> adapter.heldBack(message));
    if (heldBack.isPresent()) {
      settleFailure(message, token, heldBack.get());
      return;
    }
    // Every write above and below is guarded by the claim's token; the lease is extended once, just
    // before the message leaves, in the same statement that marks it in flight (one update less per
    // send: docs/benchmarks.md, "Issue 19, second session"). A message that only the desk's
    // database carries (the H5 page reads it) is not in flight: it cannot have been delivered
    // half-way.
    boolean stillOurs =
        adapter.deliversOutsideTheDesk()
            ? queue.markInFlight(id, token, settings.lease())
            : queue.renew(id, token, settings.lease());
    if (!stillOurs) {
      return;
    }
    try {
      adapter.deliver(message, account);
    } catch (DeliveryFailure failure) {
      settleFailure(message, token, failure);
      return;
    }
    recordSent(message, token, adapter, account);
    events.publishEvent(
        new OutboundMessageSettled(
            id, message.fanId(), OutboundStatus.SENT, null, null, message.requestedBy()));
  }

  /** A disabled or unbound account sends nothing, on any channel. */
  private static Optional<DeliveryFailure> notServing(OfficialAccount account) {
    if (account.serving()) {
      return Optional.empty();
    }
    return Optional.of(
        new DeliveryFailure(
            DeliveryFailure.Kind.PERMANENT,
            null,
            account.state() == AccountState.DISABLED
                ? DeliveryProblem.ACCOUNT_DISABLED
                : DeliveryProblem.ACCOUNT_UNBOUND));
  }

  /** The channel has the message: recorded as sent, waiting out a database that is briefly away. */
  private void recordSent(
      OutboundMessage message, String token, ChannelAdapter adapter, OfficialAccount account) {
    untilRecorded(
        message,
        () -> {
          transaction.executeWithoutResult(
              status -> {
                if (messages.markSent(message.id(), token)) {
                  adapter.delivered(message, account);
                }
              });
          return null;
        });
  }

  /**
   * Records what the channel answered. Until it is recorded the message stays in flight, and one
   * left in flight becomes UNCERTAIN; so a database that is briefly away (a restart, a failover) is
   * waited for, within the claim's lease, rather than leaving a message the channel answered for a
   * person to decide.
   */
  private <T> T untilRecorded(OutboundMessage message, Supplier<T> write) {
    long giveUpAt = System.nanoTime() + settings.lease().toNanos() * 2 / 3;
    while (true) {
      try {
        return write.get();
      } catch (DataAccessException | TransactionException databaseAway) {
        if (System.nanoTime() > giveUpAt) {
          throw databaseAway;
        }
        log.warn(
            "Outbound {}: the channel's answer cannot be recorded yet ({}); trying again",
            message.id(),
            databaseAway.getClass().getSimpleName());
        pause(DATABASE_RETRY);
      }
    }
  }

  /**
   * Once a poll interval on the node, by whichever sender gets there first: a message left in
   * flight is found only after its lease (30 s by default) runs out, so looking at every claim
   * found it no sooner, for a statement a claim.
   */
  private boolean abandonedLookIsDue() {
    long now = System.nanoTime();
    long due = abandonedLookDue.get();
    return now - due >= 0
        && abandonedLookDue.compareAndSet(due, now + settings.pollInterval().toNanos());
  }

  /**
   * Messages whose sender stopped after handing them to the channel: UNCERTAIN, for the sender to
   * decide.
   */
  private void settleAbandoned() {
    for (long id : queue.abandonedInFlight()) {
      if (messages.markAbandoned(id, DeliveryProblem.INTERRUPTED.code())) {
        OutboundMessage message = messages.findById(id).orElseThrow();
        log.warn("Outbound {}: its sender stopped while handing it to the channel; UNCERTAIN", id);
        events.publishEvent(
            new OutboundMessageSettled(
                id,
                message.fanId(),
                OutboundStatus.UNCERTAIN,
                null,
                DeliveryProblem.INTERRUPTED.code(),
                message.requestedBy()));
      }
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database", e);
    }
  }

  private void settleFailure(OutboundMessage message, String token, DeliveryFailure failure) {
    int attempt = message.attempts() + 1;
    boolean retryable =
        failure.kind() == DeliveryFailure.Kind.TRANSIENT
            || (failure.kind() == DeliveryFailure.Kind.AMBIGUOUS && settings.retryAmbiguous());
    if (retryable && attempt < settings.maxAttempts()) {
      log.info(
          "Outbound {} attempt {} failed ({}); retrying",
          message.id(),
          attempt,
          failure.getMessage());
      untilRecorded(
          message,
          () -> {
            queue.retryLater(message.id(), token, settings.backoffAfter(attempt), failure.reason());
            return null;
          });
      return;
    }
    OutboundStatus status =
        failure.kind() == DeliveryFailure.Kind.AMBIGUOUS
            ? OutboundStatus.UNCERTAIN
            : OutboundStatus.FAILED;
    String reason = failure.reason();
    log.warn(
        "Outbound {} to account {} {} after {} attempts: {}",
        message.id(),
        message.accountId(),
        status,
        attempt,
        failure.getMessage());
    if (untilRecorded(
        message,
        () -> messages.markSettled(message.id(), token, status, failure.errorCode(), reason))) {
      events.publishEvent(
          new OutboundMessageSettled(
              message.id(),
              message.fanId(),
              status,
              failure.errorCode(),
              reason,
              message.requestedBy()));
    }
  }
}
