package org.wechatdesk.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * The accounting after a run: what WeChat and the agents were told (the ledger) against what the
 * desk holds (its tables) and what reached the fans (the fake WeChat's deliveries). Prints the
 * counts and names every message lost or doubled, by table and id.
 */
final class ChaosReport {

  private record Line(String name, Object value) {}

  private record TextKey(String openid, String text) {}

  private record OutboundRow(
      long id,
      String openid,
      String text,
      String status,
      Integer errorCode,
      String reason,
      OffsetDateTime createdAt) {}

  private final List<Line> counts = new ArrayList<>();

  /** Each kind of failure with every instance found, in the order found. */
  private final Map<String, List<String>> failures = new LinkedHashMap<>();

  boolean passed() {
    return failures.isEmpty();
  }

  private void fail(String kind, String instance) {
    failures.computeIfAbsent(kind, k -> new ArrayList<>()).add(instance);
  }

  /** Every acknowledged push stored once, processed, and written once into its conversation. */
  void inbound(ChaosDatabase database, Ledger ledger) {
    Map<String, long[]> rows = new HashMap<>();
    Map<String, String> statuses = new HashMap<>();
    database.read(
        () -> {
          rows.clear();
          database
              .jdbc()
              .sql(
                  """
            select i.id, i.dedupe_key, i.status,
                   (select count(*) from desk.conversation_message m where m.inbound_id = i.id) as lines
              from desk.inbound_message i""")
              .query(
                  rs -> {
                    rows.put(
                        rs.getString("dedupe_key"),
                        new long[] {rs.getLong("id"), rs.getLong("lines")});
                    statuses.put(rs.getString("dedupe_key"), rs.getString("status"));
                  });
          return rows;
        });
    int processed = 0;
    int doubled = 0;
    int lost = 0;
    for (long msgId : ledger.acknowledged) {
      String key = "msg:" + msgId;
      long[] row = rows.get(key);
      if (row == null) {
        lost++;
        fail("acknowledged push without a desk.inbound_message row", "MsgId " + msgId);
      } else if (!"PROCESSED".equals(statuses.get(key)) || row[1] == 0) {
        lost++;
        fail(
            "acknowledged push not processed into its conversation",
            "desk.inbound_message "
                + row[0]
                + " (MsgId "
                + msgId
                + ") is "
                + statuses.get(key)
                + " with "
                + row[1]
                + " desk.conversation_message rows");
      } else if (row[1] > 1) {
        doubled++;
        fail(
            "push written twice into its conversation",
            "desk.inbound_message "
                + row[0]
                + " (MsgId "
                + msgId
                + ") has "
                + row[1]
                + " desk.conversation_message rows");
      } else {
        processed++;
      }
    }
    counts.add(new Line("fan texts sent", ledger.sentTexts.size()));
    counts.add(
        new Line(
            "pushes posted (with WeChat's retries and duplicates)", ledger.pushesPosted.get()));
    counts.add(new Line("duplicate pushes", ledger.duplicatePushes.get()));
    counts.add(new Line("acknowledged (answered success)", ledger.acknowledged.size()));
    counts.add(new Line("processed exactly once", processed));
    counts.add(new Line("doubled", doubled));
    counts.add(new Line("lost", lost));
    counts.add(
        new Line(
            "pushes answered 5xx / unreachable / unanswered in 5 s",
            ledger.answered5xx.get()
                + " / "
                + ledger.unreachable.get()
                + " / "
                + ledger.unansweredIn5Seconds.get()));
    counts.add(new Line("slowest 5xx answer", ledger.slowest5xxMillis.get() + " ms"));
    if (ledger.acknowledged.size() != ledger.sentTexts.size()) {
      fail(
          "fan texts never acknowledged",
          (ledger.sentTexts.size() - ledger.acknowledged.size()) + " texts");
    }
  }

  /** While PostgreSQL was down pushes were refused in time, so that WeChat retries them. */
  void outage(Ledger ledger) {
    counts.add(
        new Line(
            "pushes while PostgreSQL was down: answered 5xx / unanswered in 5 s / posted",
            ledger.answered5xxWhileDatabaseDown.get()
                + " / "
                + ledger.unansweredWhileDatabaseDown.get()
                + " / "
                + ledger.pushesWhileDatabaseDown.get()));
    if (ledger.answered5xxWhileDatabaseDown.get() == 0) {
      fail(
          "no push answered 5xx while PostgreSQL was down",
          ledger.pushesWhileDatabaseDown.get() + " posted meanwhile");
    }
    if (ledger.unansweredWhileDatabaseDown.get() > 0) {
      fail(
          "pushes unanswered within WeChat's 5 s while PostgreSQL was down",
          ledger.unansweredWhileDatabaseDown.get() + " pushes");
    }
  }

  /**
   * The outbox's threads on one node (production's default, desk.wechat.outbox.threads in
   * application.yml): the most messages one kill can leave in flight.
   */
  private static final int OUTBOX_THREADS_OF_THE_KILLED_NODE = 32;

  private boolean leftInFlightByTheKill(OutboundRow row) {
    return "UNCERTAIN".equals(row.status())
        && DeliveryProblem.INTERRUPTED.code().equals(row.reason());
  }

  /**
   * Every outbound message queued during the load delivered exactly once: the fake WeChat's
   * deliveries per (fan, text) against the outbox's rows per (fan, text), and every reply an agent
   * had accepted once. The one exception is a message the killed node had handed to WeChat and not
   * yet recorded: nobody can know whether it arrived, so it must be marked UNCERTAIN for its sender
   * and delivered at most once, which the doubled-send check proves.
   */
  void outbound(
      ChaosDatabase database,
      List<FakeWeChatApi.Call> deliveries,
      Ledger ledger,
      OffsetDateTime loadEndedAt) {
    Map<TextKey, Integer> delivered = new HashMap<>();
    for (FakeWeChatApi.Call call : deliveries) {
      JsonNode send = call.json();
      delivered.merge(
          new TextKey(send.path("touser").asText(), send.path("text").path("content").asText()),
          1,
          Integer::sum);
    }
    List<OutboundRow> rows =
        database.read(
            () ->
                database
                    .jdbc()
                    .sql(
                        """
            select id, openid, cast(payload as json) ->> 'text' as text, status, error_code, error_reason, created_at
              from desk.outbound_message where kind = 'TEXT' order by id""")
                    .query(
                        (rs, n) ->
                            new OutboundRow(
                                rs.getLong("id"),
                                rs.getString("openid"),
                                rs.getString("text"),
                                rs.getString("status"),
                                (Integer) rs.getObject("error_code"),
                                rs.getString("error_reason"),
                                rs.getObject("created_at", OffsetDateTime.class)))
                    .list());
    Map<TextKey, List<OutboundRow>> rowsByText =
        rows.stream().collect(Collectors.groupingBy(row -> new TextKey(row.openid(), row.text())));
    int lost = 0;
    int queuedAtStop = 0;
    int uncertainAfterTheKill = 0;
    for (OutboundRow row : rows) {
      if ("SENT".equals(row.status())) {
        continue;
      }
      if (leftInFlightByTheKill(row)) {
        // Handed to WeChat by the node that was killed before it could record WeChat's answer:
        // whether it arrived cannot be known, so the desk marks it UNCERTAIN for its sender instead
        // of sending it again. It may or may not have arrived; that it did not arrive twice is the
        // doubled-send check below, which compares deliveries with all rows of the same text (a fan
        // greeted in two conversations has two rows of the same welcome).
        uncertainAfterTheKill++;
        continue;
      }
      if (!row.createdAt().isBefore(loadEndedAt)) {
        queuedAtStop++;
        continue;
      }
      lost++;
      fail(
          "outbound message not delivered (" + row.status() + ")",
          "desk.outbound_message "
              + row.id()
              + " to "
              + row.openid()
              + " ("
              + row.errorCode()
              + " "
              + row.reason()
              + "): \""
              + oneLine(row.text())
              + "\"");
    }
    int doubledSends = 0;
    for (Map.Entry<TextKey, Integer> entry : delivered.entrySet()) {
      List<OutboundRow> same = rowsByText.getOrDefault(entry.getKey(), List.of());
      if (entry.getValue() > same.size()) {
        doubledSends += entry.getValue() - same.size();
        fail(
            "delivered more often than queued (doubled send)",
            "\""
                + oneLine(entry.getKey().text())
                + "\" reached "
                + entry.getKey().openid()
                + " "
                + entry.getValue()
                + " times for "
                + same.size()
                + " desk.outbound_message rows "
                + same.stream().map(row -> row.id() + " " + row.status()).toList());
      }
    }
    for (Map.Entry<String, String> reply : ledger.acceptedReplies.entrySet()) {
      TextKey key = new TextKey(reply.getValue(), reply.getKey());
      int times = delivered.getOrDefault(key, 0);
      int rowCount = rowsByText.getOrDefault(key, List.of()).size();
      boolean flaggedAfterTheKill =
          rowsByText.getOrDefault(key, List.of()).stream().anyMatch(this::leftInFlightByTheKill);
      if (rowCount != 1 || times > 1 || (times == 0 && !flaggedAfterTheKill)) {
        fail(
            "accepted agent reply not delivered exactly once",
            "\""
                + reply.getKey()
                + "\" to "
                + reply.getValue()
                + ": "
                + rowCount
                + " desk.outbound_message rows, delivered "
                + times
                + " times");
      }
    }
    counts.add(
        new Line(
            "agent replies accepted (of them posted twice)",
            ledger.acceptedReplies.size() + " (" + ledger.replyRepeats.get() + ")"));
    counts.add(
        new Line(
            "replies refused (conversation over), conversations ended by agents",
            ledger.repliesRefused.get() + ", " + ledger.conversationsEnded.get()));
    counts.add(new Line("outbound texts (desk.outbound_message)", rows.size()));
    counts.add(new Line("delivered (fake WeChat)", deliveries.size()));
    counts.add(new Line("doubled sends", doubledSends));
    counts.add(new Line("outbound lost", lost));
    counts.add(
        new Line(
            "outbound in flight on the killed node, marked UNCERTAIN (at most one per outbox thread)",
            uncertainAfterTheKill));
    if (uncertainAfterTheKill > OUTBOX_THREADS_OF_THE_KILLED_NODE) {
      fail(
          "more messages left in flight than the killed node's outbox threads could hold",
          uncertainAfterTheKill + " marked UNCERTAIN");
    }
    counts.add(
        new Line(
            "outbound queued by timers after the load, unsent at the stop (not checked)",
            queuedAtStop));
  }

  void capacity(CapacityWatch watch) {
    counts.add(
        new Line(
            "reception-limit samples / over the limit",
            watch.samples() + " / " + watch.overLimit().size()));
    watch.overLimit().stream()
        .distinct()
        .forEach(over -> fail("agent over the reception limit", over));
  }

  void timers(TimerWatch.Outcome timers) {
    counts.add(
        new Line(
            "timers pending at the kill (held by a node's lock)",
            timers.pendingAtKill() + " (" + timers.lockedAtKill() + ")"));
    counts.add(
        new Line(
            "  fired after the kill (while the node was down)",
            timers.firedAfterKill() + " (" + timers.firedWhileNodeDown() + ")"));
    counts.add(
        new Line(
            "  cancelled by the flow / not due yet / stuck",
            timers.cancelled() + " / " + timers.notYetDue() + " / " + timers.stuck().size()));
    counts.add(
        new Line(
            "timers overdue at the end / failed for good",
            timers.overdueAtEnd() + " / " + timers.failedForGood()));
    if (timers.firedWhileNodeDown() == 0) {
      fail(
          "no timer pending at the kill fired while the killed node was down",
          timers.pendingAtKill() + " pending");
    }
    timers
        .stuck()
        .forEach(
            timer ->
                fail(
                    "timer pending at the kill never fired",
                    "job "
                        + timer.jobId()
                        + " "
                        + timer.activityId()
                        + " of process "
                        + timer.processInstanceId()
                        + " due "
                        + timer.due()));
    if (timers.overdueAtEnd() > 0) {
      fail(
          "timer jobs overdue at the end by more than " + TimerWatch.GRACE.toSeconds() + " s",
          timers.overdueAtEnd() + " jobs");
    }
    if (timers.failedForGood() > 0) {
      fail("jobs out of retries (incidents)", timers.failedForGood() + " jobs");
    }
  }

  /**
   * The counts, then each kind of failure with how often it was found and up to {@code examples}
   * instances.
   */
  String render(int examples) {
    StringBuilder text = new StringBuilder();
    for (Line line : counts) {
      text.append(String.format("  %-78s %s%n", line.name(), line.value()));
    }
    if (failures.isEmpty()) {
      text.append("  PASSED: no loss, no double, no agent over the limit, no stuck timer\n");
    }
    failures.forEach(
        (kind, instances) -> {
          text.append("  FAILED: ").append(kind).append(": ").append(instances.size()).append('\n');
          instances.stream()
              .limit(examples)
              .forEach(instance -> text.append("     ").append(instance).append('\n'));
        });
    return text.toString();
  }

  private static String oneLine(String text) {
    return text == null ? null : text.replace('\n', ' ');
  }
}
