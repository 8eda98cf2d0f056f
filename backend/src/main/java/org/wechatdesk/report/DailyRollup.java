package org.wechatdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.system.DeskTimeZone;

/**
 * Keeps the daily roll-up that long reports read, in the transaction of each recorded event: per
 * day (in the desk's zone) of the start, account, queue and agent, the {@link Tally} of the
 * conversations that have ended; and per agent and day the seconds served in each hour of the day.
 *
 * <p>Only ended conversations are counted here (readers add the few still going from their
 * summaries), so a conversation's row changes when it ends and when something is learnt about it
 * afterwards (a rating), never on the busy path of starting, queueing and assigning. Each row is
 * kept twice: under its agent (0 for none) and under {@link #ALL_AGENTS}, which the reports that
 * are not narrowed to an agent read. Rows a transaction changes are locked in one order (agent,
 * day, account, queue), so that two transactions never wait for each other in a circle.
 */
@Component
class DailyRollup {

  /** The agent of the rows that sum every agent's (and no agent's) conversations. */
  static final long ALL_AGENTS = -1;

  /** The queue or agent of a conversation that had none. */
  static final long NONE = 0;

  private final JdbcClient jdbc;
  private final ZoneId zone;
  private final TransactionTemplate separateTransaction;

  DailyRollup(JdbcClient jdbc, DeskTimeZone deskZone, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.zone = deskZone.zone();
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The zone the roll-up's days are counted in. */
  ZoneId zone() {
    return zone;
  }

  Optional<SummaryRow> summary(long conversationId) {
    return jdbc.sql(
            "select "
                + SummaryRow.COLUMNS
                + " from desk.conversation_summary where conversation_id = ?")
        .param(conversationId)
        .query(SummaryRow::read)
        .optional();
  }

  /**
   * A conversation's summary changed from {@code before} to {@code after} (either may be absent).
   */
  void changed(SummaryRow before, SummaryRow after) {
    Map<Key, Tally> deltas = new TreeMap<>(Key.LOCK_ORDER);
    if (before != null && before.ended()) {
      Tally was = Tally.of(before).negated();
      keys(before).forEach(key -> deltas.computeIfAbsent(key, k -> new Tally()).add(was));
    }
    if (after != null && after.ended()) {
      Tally is = Tally.of(after);
      keys(after).forEach(key -> deltas.computeIfAbsent(key, k -> new Tally()).add(is));
    }
    deltas.forEach(
        (key, delta) -> {
          if (!delta.isZero()) {
            add(key, delta);
          }
        });
  }

  /** The agent served a conversation from {@code from} to {@code to}: split over local hours. */
  void served(long agentId, Instant from, Instant to) {
    Map<LocalDate, double[]> days = new TreeMap<>();
    ZonedDateTime at = from.atZone(zone);
    while (at.toInstant().isBefore(to)) {
      ZonedDateTime nextHour = at.withMinute(0).withSecond(0).withNano(0).plusHours(1);
      Instant end = nextHour.toInstant().isBefore(to) ? nextHour.toInstant() : to;
      days.computeIfAbsent(at.toLocalDate(), d -> new double[24])[at.getHour()] +=
          (end.toEpochMilli() - at.toInstant().toEpochMilli()) / 1000.0;
      at = end.atZone(zone);
    }
    days.forEach((day, hours) -> addLoad(agentId, day, hours));
  }

  /**
   * A timeout fired or a conversation was transferred: counted by the day it happened, under its
   * agent only. A row summing every agent would be one row that every timer of an account and queue
   * updates, each waiting for the one before to commit (48 ms per timeout under a hundred a second;
   * docs/benchmarks.md, "Conversations"); reports sum the agents' rows instead, a few per day.
   */
  void happened(RecordedEvent event) {
    LocalDate day = event.at().atZone(zone).toLocalDate();
    long queue = event.queueId() == null ? NONE : event.queueId();
    String detail = event.detail() == null ? "" : event.detail();
    long agent = event.agentId() == null ? NONE : event.agentId();
    List<Object> key = List.of(agent, day, event.accountId(), queue, event.kind().name(), detail);
    upsert(
        """
        update desk.conversation_event_day set events = events + 1
         where agent_id = ? and happened_on = ? and account_id = ? and queue_id = ? and kind = ?
           and detail = ?""",
        key,
        """
        insert into desk.conversation_event_day (agent_id, happened_on, account_id, queue_id, kind, detail)
        values (?, ?, ?, ?, ?, ?)""",
        key);
  }

  private List<Key> keys(SummaryRow row) {
    LocalDate day = row.startedAt().atZone(zone).toLocalDate();
    long queue = row.queueId() == null ? NONE : row.queueId();
    long agent = row.agentId() == null ? NONE : row.agentId();
    return List.of(
        new Key(agent, day, row.accountId(), queue),
        new Key(ALL_AGENTS, day, row.accountId(), queue));
  }

  private void add(Key key, Tally delta) {
    StringBuilder sets = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (int i = 0; i < Tally.COLUMNS.size(); i++) {
      if (delta.value(i) != 0) {
        String column = Tally.COLUMNS.get(i);
        // An empty bucket is null (see V81).
        sets.append(sets.isEmpty() ? "" : ", ").append(column).append(" = coalesce(");
        sets.append(column).append(", 0) + ?");
        params.add(delta.value(i));
      }
    }
    String sql =
        "update desk.conversation_day set "
            + sets
            + " where agent_id = ? and started_on = ? and account_id = ? and queue_id = ?";
    params.addAll(List.of(key.agentId(), key.day(), key.accountId(), key.queueId()));
    upsert(
        sql,
        params,
        "insert into desk.conversation_day (agent_id, started_on, account_id, queue_id)"
            + " values (?, ?, ?, ?)",
        List.of(key.agentId(), key.day(), key.accountId(), key.queueId()));
  }

  private void addLoad(long agentId, LocalDate day, double[] hours) {
    StringBuilder sets = new StringBuilder();
    List<Object> params = new ArrayList<>();
    for (int hour = 0; hour < 24; hour++) {
      if (hours[hour] != 0) {
        sets.append(sets.isEmpty() ? "" : ", ").append("load_").append(hour);
        sets.append(" = load_").append(hour).append(" + ?");
        params.add(hours[hour]);
      }
    }
    if (params.isEmpty()) {
      return;
    }
    params.addAll(List.of(agentId, day));
    upsert(
        "update desk.agent_day_load set " + sets + " where agent_id = ? and served_on = ?",
        params,
        "insert into desk.agent_day_load (agent_id, served_on) values (?, ?)",
        List.of(agentId, day));
  }

  /**
   * Adds to a row, creating it (all zeros) first if it is missing. The zero row is inserted in its
   * own transaction: a unique-key failure (another transaction created it first) would otherwise
   * abort the caller's, and a zero row changes no figure.
   */
  private void upsert(String update, List<Object> params, String insert, List<Object> key) {
    if (jdbc.sql(update).params(params).update() > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.sql(insert).params(key).update());
    } catch (DuplicateKeyException createdMeanwhile) {
      // The other transaction's zero row is as good as ours.
    }
    jdbc.sql(update).params(params).update();
  }

  private record Key(long agentId, LocalDate day, long accountId, long queueId) {

    static final Comparator<Key> LOCK_ORDER =
        Comparator.comparingLong(Key::agentId)
            .thenComparing(Key::day)
            .thenComparingLong(Key::accountId)
            .thenComparingLong(Key::queueId);
  }
}
