package org.wechatdesk.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation.EndReason;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.system.DbTime;

/**
 * Keeps each conversation's summary row, the agents' serving time and the daily roll-up from the
 * recorded events.
 */
@Component
class ConversationSummaries {

  /** Ends that count as abandoned when the visitor was never served. */
  private static final Set<String> ABANDONING =
      Set.of(EndReason.VISITOR_GAVE_UP.name(), EndReason.VISITOR_TIMEOUT.name());

  private static final long SECONDS_PER_HOUR = 3600;

  private final JdbcClient jdbc;
  private final DailyRollup rollup;

  ConversationSummaries(JdbcClient jdbc, DailyRollup rollup) {
    this.jdbc = jdbc;
    this.rollup = rollup;
  }

  void apply(RecordedEvent event) {
    SummaryRow before = rollup.summary(event.conversationId()).orElse(null);
    summarise(event);
    // Only an end makes a conversation count in the roll-up; after it, any change moves its
    // figures.
    if ((before != null && before.ended()) || event.kind() == ConversationMilestone.Kind.ENDED) {
      rollup.changed(before, rollup.summary(event.conversationId()).orElse(null));
    }
  }

  private void summarise(RecordedEvent event) {
    switch (event.kind()) {
      case STARTED ->
          jdbc.sql(
                  """
                  insert into desk.conversation_summary (conversation_id, account_id, started_at, started_hour)
                  values (?, ?, ?, ?)""")
              .params(
                  event.conversationId(),
                  event.accountId(),
                  DbTime.of(event.at()),
                  event.at().getEpochSecond() / SECONDS_PER_HOUR)
              .update();
      case QUEUED ->
          update(
              "queue_id = ?, queued_at = coalesce(queued_at, ?)",
              event,
              event.queueId(),
              DbTime.of(event.at()));
      case ASSIGNED -> assigned(event);
      case AGENT_REPLIED -> firstReply(event);
      case TRANSFERRED -> {
        rollup.happened(event);
        leftAgent(event);
        update("transfers = transfers + 1, serving_since = null", event);
      }
      case REFUSED -> update("refused = true, refused_reason = ?", event, event.detail());
      case ENDED -> ended(event);
      case RATED -> update("rating = ?, solved = ?", event, event.rating(), event.solved());
      case TIMEOUT -> rollup.happened(event);
    }
  }

  private void assigned(RecordedEvent event) {
    Summary summary = summary(event.conversationId()).orElse(null);
    if (summary == null) {
      return;
    }
    // Boxed on both sides: a primitive branch would unbox the null wait of a conversation an agent
    // started, which never queued.
    Double wait =
        summary.assignedAt() == null && summary.queuedAt() != null
            ? Double.valueOf(seconds(summary.queuedAt(), event.at()))
            : summary.waitSeconds();
    update(
        "agent_id = ?, queue_id = coalesce(?, queue_id), assigned_at = coalesce(assigned_at, ?), serving_since = ?, wait_seconds = ?",
        event,
        event.agentId(),
        event.queueId(),
        DbTime.of(event.at()),
        DbTime.of(event.at()),
        wait);
  }

  private void firstReply(RecordedEvent event) {
    Summary summary = summary(event.conversationId()).orElse(null);
    if (summary == null || summary.firstReplyAt() != null || summary.assignedAt() == null) {
      return;
    }
    update(
        "first_reply_at = ?, first_response_seconds = ?",
        event,
        DbTime.of(event.at()),
        seconds(summary.assignedAt(), event.at()));
  }

  private void ended(RecordedEvent event) {
    leftAgent(event);
    Summary summary = summary(event.conversationId()).orElse(null);
    if (summary == null) {
      return;
    }
    boolean served = summary.assignedAt() != null;
    String abandoned =
        !served && summary.queuedAt() != null && ABANDONING.contains(event.detail())
            ? event.detail()
            : null;
    update(
        "ended_at = ?, end_reason = ?, abandoned_reason = ?, length_seconds = ?, messages = ?, serving_since = null",
        event,
        DbTime.of(event.at()),
        event.detail(),
        abandoned,
        served ? seconds(summary.assignedAt(), event.at()) : null,
        event.messages());
  }

  /** The serving agent's time on this conversation, split over the hours it spans. */
  private void leftAgent(RecordedEvent event) {
    Summary summary = summary(event.conversationId()).orElse(null);
    if (summary == null || summary.servingSince() == null || event.agentId() == null) {
      return;
    }
    long from = summary.servingSince().getEpochSecond();
    long to = event.at().getEpochSecond();
    for (long hour = from / SECONDS_PER_HOUR; hour * SECONDS_PER_HOUR < to; hour++) {
      long start = Math.max(from, hour * SECONDS_PER_HOUR);
      long end = Math.min(to, (hour + 1) * SECONDS_PER_HOUR);
      jdbc.sql(
              "insert into desk.agent_hour_load (agent_id, epoch_hour, busy_seconds) values (?, ?, ?)")
          .params(event.agentId(), hour, (double) (end - start))
          .update();
    }
    rollup.served(event.agentId(), Instant.ofEpochSecond(from), Instant.ofEpochSecond(to));
  }

  private void update(String assignments, RecordedEvent event, Object... values) {
    Object[] params = new Object[values.length + 1];
    System.arraycopy(values, 0, params, 0, values.length);
    params[values.length] = event.conversationId();
    jdbc.sql("update desk.conversation_summary set " + assignments + " where conversation_id = ?")
        .params(params)
        .update();
  }

  /** Empty for a conversation that started before events were recorded. */
  private Optional<Summary> summary(long conversationId) {
    return jdbc.sql(
            """
            select queued_at, assigned_at, serving_since, first_reply_at, wait_seconds
              from desk.conversation_summary where conversation_id = ?""")
        .param(conversationId)
        .query(
            (rs, n) ->
                new Summary(
                    DbTime.read(rs, "queued_at"),
                    DbTime.read(rs, "assigned_at"),
                    DbTime.read(rs, "serving_since"),
                    DbTime.read(rs, "first_reply_at"),
                    rs.getObject("wait_seconds", Double.class)))
        .optional();
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }

  private record Summary(
      Instant queuedAt,
      Instant assignedAt,
      Instant servingSince,
      Instant firstReplyAt,
      Double waitSeconds) {}
}
