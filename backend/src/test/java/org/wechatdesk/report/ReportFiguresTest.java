package org.wechatdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wechatdesk.conversation.ConversationMilestone.Kind;
import org.wechatdesk.conversation.ConversationMilestone.Timeout;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ConversationScenario;

/**
 * Every figure of a report against a generated data set whose expected figures this test computes
 * on its own from the generated conversations (not from the roll-ups): counts, medians and 90th
 * percentiles, distributions, serving time and load over the day, in two zones, narrowed by queue
 * and agent; and the daily roll-up that long reports read against the exact figures of the same
 * data.
 */
class ReportFiguresTest extends ConversationScenario {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate FIRST_DAY = LocalDate.of(2029, 3, 2);
  private static final LocalDate LAST_DAY = LocalDate.of(2029, 3, 3);
  private static final double EPSILON = 1e-6;

  @Autowired private ConversationEventRecorder recorder;
  @Autowired private ReportQueries queries;

  private final List<Generated> generated = new ArrayList<>();
  private final List<RecordedEvent> countedByTime = new ArrayList<>();
  private long otherQueueId;
  private List<Agent> team;

  /** A conversation as generated; the expected figures are computed from these. */
  private record Generated(
      Instant startedAt,
      Long queueId,
      Instant queuedAt,
      Instant assignedAt,
      Instant firstReplyAt,
      Instant endedAt,
      String endReason,
      Long agentId,
      List<Interval> serving,
      int messages,
      Integer rating,
      Boolean solved) {

    boolean served() {
      return assignedAt != null;
    }

    boolean abandoned(String reason) {
      return !served() && queuedAt != null && endReason.equals(reason);
    }
  }

  private record Interval(long agentId, Instant from, Instant to) {}

  @BeforeEach
  void generate() {
    otherQueueId = queues.insert("售后 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    team = List.of(agent(queueId, 3), agent(queueId, 3), agent(otherQueueId, 3));
    Random random = new Random(18);
    Instant start = FIRST_DAY.minusDays(1).atStartOfDay(SHANGHAI).toInstant();
    long baseId = 9_000_000_000L + (System.nanoTime() % 1_000_000_000L);
    for (int n = 0; n < 300; n++) {
      generateOne(random, baseId + n, start.plusSeconds(random.nextInt(4 * 24 * 3600)));
    }
  }

  private void generateOne(Random random, long id, Instant startedAt) {
    record(id, Kind.STARTED, null, startedAt, null, null);
    Instant queuedAt = startedAt.plusSeconds(random.nextInt(30));
    if (random.nextInt(8) == 0) {
      Instant ended = queuedAt.plusSeconds(random.nextInt(300));
      record(id, Kind.TIMEOUT, Timeout.VISITOR_IDLE_CLOSE.name(), ended, null, null);
      end(id, "VISITOR_TIMEOUT", ended, null, null, 1);
      generated.add(
          new Generated(
              startedAt,
              null,
              null,
              null,
              null,
              ended,
              "VISITOR_TIMEOUT",
              null,
              List.of(),
              1,
              null,
              null));
      return;
    }
    long queue = random.nextInt(3) == 0 ? otherQueueId : queueId;
    record(id, Kind.QUEUED, null, queuedAt, queue, null);
    int fate = random.nextInt(10);
    if (fate < 3) {
      String reason = fate < 2 ? "VISITOR_GAVE_UP" : "VISITOR_TIMEOUT";
      if (random.nextBoolean()) {
        record(
            id, Kind.TIMEOUT, Timeout.QUEUE_APPEASE.name(), queuedAt.plusSeconds(1), queue, null);
      }
      Instant ended = queuedAt.plusSeconds(2 + random.nextInt(900));
      end(id, reason, ended, queue, null, 1);
      generated.add(
          new Generated(
              startedAt, queue, queuedAt, null, null, ended, reason, null, List.of(), 1, null,
              null));
      return;
    }
    List<Interval> serving = new ArrayList<>();
    long agent = queue == otherQueueId ? team.get(2).id() : team.get(random.nextInt(2)).id();
    Instant assignedAt = queuedAt.plusSeconds(random.nextInt(600));
    record(id, Kind.ASSIGNED, null, assignedAt, queue, agent);
    Instant firstReply = null;
    Instant now = assignedAt;
    if (random.nextInt(10) > 0) {
      firstReply = assignedAt.plusSeconds(random.nextInt(180));
      record(id, Kind.AGENT_REPLIED, null, firstReply, queue, agent);
      now = firstReply.plusSeconds(5);
      record(id, Kind.AGENT_REPLIED, null, now, queue, agent);
    }
    Instant servingSince = assignedAt;
    if (random.nextInt(6) == 0) {
      Instant transferred = now.plusSeconds(1 + random.nextInt(1200));
      record(id, Kind.TIMEOUT, Timeout.AGENT_IDLE_AUTO_TRANSFER.name(), transferred, queue, agent);
      record(id, Kind.TRANSFERRED, null, transferred, queue, agent);
      serving.add(new Interval(agent, servingSince, transferred));
      agent = agent == team.get(0).id() ? team.get(1).id() : team.get(0).id();
      servingSince = transferred.plusSeconds(random.nextInt(60));
      record(id, Kind.ASSIGNED, null, servingSince, queue, agent);
      now = servingSince;
    }
    if (random.nextInt(4) == 0) {
      record(id, Kind.TIMEOUT, Timeout.AGENT_IDLE_REMIND.name(), now.plusSeconds(1), queue, agent);
    }
    Instant ended = now.plusSeconds(60 + random.nextInt(5400));
    serving.add(new Interval(agent, servingSince, ended));
    int messages = 2 + random.nextInt(30);
    end(id, "AGENT_ENDED", ended, queue, agent, messages);
    Integer rating = random.nextInt(10) < 6 ? 1 + random.nextInt(5) : null;
    Boolean solved = rating == null || random.nextInt(4) == 0 ? null : random.nextInt(3) > 0;
    if (rating != null) {
      recorder.record(
          new RecordedEvent(
              id,
              Kind.RATED,
              null,
              ended.plusSeconds(30),
              account.account().id(),
              queue,
              agent,
              rating,
              solved,
              null));
    }
    generated.add(
        new Generated(
            startedAt,
            queue,
            queuedAt,
            assignedAt,
            firstReply,
            ended,
            "AGENT_ENDED",
            agent,
            serving,
            messages,
            rating,
            solved));
  }

  private void record(long id, Kind kind, String detail, Instant at, Long queue, Long agent) {
    RecordedEvent event =
        new RecordedEvent(
            id, kind, detail, at, account.account().id(), queue, agent, null, null, null);
    recorder.record(event);
    if (kind == Kind.TIMEOUT || kind == Kind.TRANSFERRED) {
      countedByTime.add(event);
    }
  }

  private void end(long id, String reason, Instant at, Long queue, Long agent, int messages) {
    recorder.record(
        new RecordedEvent(
            id,
            Kind.ENDED,
            reason,
            at,
            account.account().id(),
            queue,
            agent,
            null,
            null,
            messages));
  }

  @Test
  void everyFigureOfTwoDaysInChinaStandardTime() throws Exception {
    JsonNode report = report(customPeriod(null));
    assertFigures(report, SHANGHAI, g -> true, e -> true);
    assertThat(report.path("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(report.path("days")).hasSize(2);
    assertThat(report.path("percentilesApproximate").asBoolean()).isFalse();
  }

  @Test
  void theDailyRollUpGivesTheExactCountsAndPercentilesWithinABucket() {
    // A conversation still going, which the roll-up holds only once it ends.
    long going = 9_500_000_000L + (System.nanoTime() % 1_000_000_000L);
    Instant noon = FIRST_DAY.atTime(12, 0).atZone(SHANGHAI).toInstant();
    record(going, Kind.STARTED, null, noon, null, null);
    record(going, Kind.QUEUED, null, noon.plusSeconds(3), queueId, null);
    record(going, Kind.ASSIGNED, null, noon.plusSeconds(40), queueId, team.get(0).id());
    // A fan turned away out of hours, asked to leave a message: refused, and ended.
    long refused = going + 1;
    record(refused, Kind.STARTED, null, noon.plusSeconds(60), null, null);
    record(refused, Kind.REFUSED, "OUT_OF_HOURS", noon.plusSeconds(61), null, null);
    end(refused, "VISITOR_GAVE_UP", noon.plusSeconds(90), null, null, 1);
    ReportPeriod period = new ReportPeriod(FIRST_DAY.minusDays(1), LAST_DAY.plusDays(1), SHANGHAI);
    long accountId = account.account().id();
    for (ReportFilter filter :
        List.of(
            new ReportFilter(accountId, null, null),
            new ReportFilter(accountId, otherQueueId, null),
            new ReportFilter(accountId, null, team.get(0).id()))) {
      ReportFigures exact = queries.figures(period, filter, false);
      ReportFigures rolledUp = queries.figures(period, filter, true);
      assertThat(exact.started()).as("%s", filter).isGreaterThan(50);
      assertSameFigures(exact, rolledUp);
    }
    assertThat(
            queries
                .figures(period, new ReportFilter(accountId, null, null), true)
                .refusals()
                .get("OUT_OF_HOURS"))
        .isEqualTo(1);
  }

  private static void assertSameFigures(ReportFigures exact, ReportFigures rolledUp) {
    assertThat(exact.percentilesApproximate()).isFalse();
    assertThat(rolledUp.percentilesApproximate()).isTrue();
    assertThat(rolledUp.started()).isEqualTo(exact.started());
    assertThat(rolledUp.served()).isEqualTo(exact.served());
    assertThat(rolledUp.abandonedGaveUp()).isEqualTo(exact.abandonedGaveUp());
    assertThat(rolledUp.abandonedTimedOut()).isEqualTo(exact.abandonedTimedOut());
    assertThat(rolledUp.refused()).isEqualTo(exact.refused());
    assertThat(rolledUp.refusals()).isEqualTo(exact.refusals());
    assertThat(rolledUp.transfers()).isEqualTo(exact.transfers());
    assertThat(rolledUp.timeouts()).isEqualTo(exact.timeouts());
    assertThat(rolledUp.ratings()).isEqualTo(exact.ratings());
    assertThat(rolledUp.rated()).isEqualTo(exact.rated());
    assertThat(rolledUp.ratedShare()).isCloseTo(exact.ratedShare(), within(EPSILON));
    assertThat(rolledUp.solvedRate()).isCloseTo(exact.solvedRate(), within(EPSILON));
    assertThat(rolledUp.messagesPerConversation())
        .isCloseTo(exact.messagesPerConversation(), within(EPSILON));
    assertThat(rolledUp.days()).isEqualTo(exact.days());
    for (int hour = 0; hour < 24; hour++) {
      assertThat(rolledUp.loadByHour().get(hour))
          .as("load at %d o'clock", hour)
          .isCloseTo(exact.loadByHour().get(hour), within(EPSILON));
    }
    assertThat(rolledUp.agents()).hasSameSizeAs(exact.agents());
    for (int n = 0; n < exact.agents().size(); n++) {
      ReportFigures.AgentWorkload expected = exact.agents().get(n);
      ReportFigures.AgentWorkload actual = rolledUp.agents().get(n);
      assertThat(actual.agentId()).isEqualTo(expected.agentId());
      assertThat(actual.conversations()).isEqualTo(expected.conversations());
      assertThat(actual.servingSeconds()).isCloseTo(expected.servingSeconds(), within(EPSILON));
      if (expected.averageRating() == null) {
        assertThat(actual.averageRating()).isNull();
      } else {
        assertThat(actual.averageRating()).isCloseTo(expected.averageRating(), within(EPSILON));
      }
    }
    withinOneBucket(exact.queueWait(), rolledUp.queueWait());
    withinOneBucket(exact.firstResponse(), rolledUp.firstResponse());
    withinOneBucket(exact.length(), rolledUp.length());
  }

  private static void withinOneBucket(
      ReportFigures.Spread exact, ReportFigures.Spread approximate) {
    assertThat(LogBuckets.of(approximate.median()))
        .as("median %s read as %s", exact.median(), approximate.median())
        .isBetween(LogBuckets.of(exact.median()) - 1, LogBuckets.of(exact.median()) + 1);
    assertThat(LogBuckets.of(approximate.p90()))
        .as("p90 %s read as %s", exact.p90(), approximate.p90())
        .isBetween(LogBuckets.of(exact.p90()) - 1, LogBuckets.of(exact.p90()) + 1);
  }

  @Test
  void daysStartAtMidnightOfTheRequestedZone() throws Exception {
    JsonNode report = report(customPeriod("UTC"));
    assertFigures(report, ZoneId.of("UTC"), g -> true, e -> true);
  }

  @Test
  void narrowedToAQueueOrToAnAgent() throws Exception {
    assertFigures(
        report(customPeriod(null).param("queueId", String.valueOf(otherQueueId))),
        SHANGHAI,
        g -> g.queueId() != null && g.queueId() == otherQueueId,
        e -> e.queueId() != null && e.queueId() == otherQueueId);
    long agent = team.get(1).id();
    JsonNode report = report(customPeriod(null).param("agentId", String.valueOf(agent)));
    assertFigures(
        report,
        SHANGHAI,
        g -> g.agentId() != null && g.agentId() == agent,
        e -> e.agentId() != null && e.agentId() == agent);
    List<Double> expectedLoad = loadByHour(agent, SHANGHAI);
    for (int hour = 0; hour < 24; hour++) {
      assertThat(report.path("loadByHour").get(hour).asDouble())
          .as("load at %d o'clock", hour)
          .isCloseTo(expectedLoad.get(hour), within(EPSILON));
    }
    assertThat(expectedLoad.stream().mapToDouble(Double::doubleValue).sum()).isPositive();
  }

  @Test
  void csvHasTheSameFigures() throws Exception {
    JsonNode report = report(customPeriod(null));
    String csv =
        mvc.perform(customPeriodAt("/api/reports/csv", null).with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(csv.lines().findFirst()).contains("section,name,value");
    assertThat(csv)
        .contains("conversations,started," + report.path("started").asLong())
        .contains("conversations,served," + report.path("served").asLong())
        .contains("queueWait,median," + report.path("queueWait").path("median").asDouble())
        .contains(
            "timeouts,QUEUE_APPEASE," + report.path("timeouts").path("QUEUE_APPEASE").asLong())
        .contains("day:" + FIRST_DAY + ",started," + report.path("days").get(0).path("started"));
  }

  @Test
  void badInputIsRefusedWithCataloguedCodesAndAgentsAreRefused() throws Exception {
    mvc.perform(
            get("/api/reports")
                .param("period", "CUSTOM")
                .param("from", "2029-03-03")
                .param("to", "2029-03-01")
                .param("zone", "Mars/Olympus")
                .with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.to.code").value("report.rangeReversed"))
        .andExpect(jsonPath("$.fields.zone.code").value("report.zoneUnknown"));
    mvc.perform(
            get("/api/reports")
                .param("period", "CUSTOM")
                .param("from", "2028-01-01")
                .param("to", "2029-01-01")
                .with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.to.code").value("report.rangeTooLong"));
    mvc.perform(get("/api/reports").param("period", "DECADE").with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.period.code").value("input.oneOf"));
    mvc.perform(get("/api/reports").param("period", "CUSTOM").with(user("admin").roles("ADMIN")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.from.code").value("input.required"));
    mvc.perform(get("/api/reports").with(user(team.get(0).username()).roles("AGENT")))
        .andExpect(status().isForbidden());
  }

  private MockHttpServletRequestBuilder customPeriod(String zone) {
    return customPeriodAt("/api/reports", zone);
  }

  private MockHttpServletRequestBuilder customPeriodAt(String path, String zone) {
    MockHttpServletRequestBuilder request =
        get(path)
            .param("accountId", String.valueOf(account.account().id()))
            .param("period", "CUSTOM")
            .param("from", FIRST_DAY.toString())
            .param("to", LAST_DAY.toString());
    return zone == null ? request : request.param("zone", zone);
  }

  private JsonNode report(MockHttpServletRequestBuilder request) throws Exception {
    return json.readTree(
        mvc.perform(request.with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private void assertFigures(
      JsonNode report,
      ZoneId zone,
      Predicate<Generated> narrowed,
      Predicate<RecordedEvent> eventNarrowed) {
    Instant from = FIRST_DAY.atStartOfDay(zone).toInstant();
    Instant to = LAST_DAY.plusDays(1).atStartOfDay(zone).toInstant();
    List<Generated> cohort =
        generated.stream()
            .filter(g -> !g.startedAt().isBefore(from) && g.startedAt().isBefore(to))
            .filter(narrowed)
            .toList();
    List<Generated> served = cohort.stream().filter(Generated::served).toList();
    assertThat(cohort).hasSizeGreaterThan(10);
    assertThat(report.path("started").asLong()).isEqualTo(cohort.size());
    assertThat(report.path("served").asLong()).isEqualTo(served.size());
    assertThat(report.path("abandonedGaveUp").asLong())
        .isEqualTo(cohort.stream().filter(g -> g.abandoned("VISITOR_GAVE_UP")).count());
    assertThat(report.path("abandonedTimedOut").asLong())
        .isEqualTo(cohort.stream().filter(g -> g.abandoned("VISITOR_TIMEOUT")).count());
    assertThat(report.path("refused").asLong()).isZero();
    assertSpread(
        report.path("queueWait"), served.stream().map(g -> seconds(g.queuedAt(), g.assignedAt())));
    assertSpread(
        report.path("firstResponse"),
        served.stream()
            .filter(g -> g.firstReplyAt() != null)
            .map(g -> seconds(g.assignedAt(), g.firstReplyAt())));
    assertSpread(
        report.path("length"), served.stream().map(g -> seconds(g.assignedAt(), g.endedAt())));
    assertThat(report.path("messagesPerConversation").asDouble())
        .isCloseTo(
            served.stream().mapToInt(Generated::messages).average().orElseThrow(), within(EPSILON));

    List<RecordedEvent> happened =
        countedByTime.stream()
            .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
            .filter(eventNarrowed)
            .toList();
    for (Timeout timeout : Timeout.values()) {
      assertThat(report.path("timeouts").path(timeout.name()).asLong())
          .as("timeouts %s", timeout)
          .isEqualTo(
              happened.stream()
                  .filter(e -> e.kind() == Kind.TIMEOUT && timeout.name().equals(e.detail()))
                  .count());
    }
    assertThat(report.path("transfers").asLong())
        .isEqualTo(happened.stream().filter(e -> e.kind() == Kind.TRANSFERRED).count());

    Map<Integer, Long> ratings = new TreeMap<>();
    cohort.stream()
        .filter(g -> g.rating() != null)
        .forEach(g -> ratings.merge(g.rating(), 1L, Long::sum));
    Map<Integer, Long> reported = new TreeMap<>();
    report
        .path("ratings")
        .forEach(r -> reported.put(r.path("rating").asInt(), r.path("conversations").asLong()));
    assertThat(reported).isEqualTo(ratings);
    long rated = ratings.values().stream().mapToLong(Long::longValue).sum();
    assertThat(report.path("rated").asLong()).isEqualTo(rated);
    assertThat(report.path("ratedShare").asDouble())
        .isCloseTo((double) rated / cohort.size(), within(EPSILON));
    List<Boolean> answered = cohort.stream().map(Generated::solved).filter(s -> s != null).toList();
    assertThat(report.path("solvedRate").asDouble())
        .isCloseTo(
            (double) answered.stream().filter(s -> s).count() / answered.size(), within(EPSILON));

    for (Agent agent : team) {
      List<Generated> theirs =
          cohort.stream().filter(g -> g.agentId() != null && g.agentId() == agent.id()).toList();
      JsonNode workload = null;
      for (JsonNode row : report.path("agents")) {
        if (row.path("agentId").asLong() == agent.id()) {
          workload = row;
        }
      }
      if (theirs.isEmpty()) {
        assertThat(workload).isNull();
        continue;
      }
      assertThat(workload).as("workload of %s", agent.username()).isNotNull();
      assertThat(workload.path("username").asText()).isEqualTo(agent.username());
      assertThat(workload.path("conversations").asLong()).isEqualTo(theirs.size());
      assertThat(workload.path("averageRating").asDouble())
          .isCloseTo(
              theirs.stream()
                  .filter(g -> g.rating() != null)
                  .mapToInt(Generated::rating)
                  .average()
                  .orElse(0),
              within(EPSILON));
      assertThat(workload.path("servingSeconds").asDouble())
          .isCloseTo(servingSeconds(agent.id(), from, to), within(EPSILON));
    }

    Map<LocalDate, long[]> days = new TreeMap<>();
    for (Generated g : cohort) {
      long[] day = days.computeIfAbsent(g.startedAt().atZone(zone).toLocalDate(), d -> new long[3]);
      day[0]++;
      day[1] += g.served() ? 1 : 0;
      day[2] += g.abandoned("VISITOR_GAVE_UP") || g.abandoned("VISITOR_TIMEOUT") ? 1 : 0;
    }
    for (JsonNode day : report.path("days")) {
      long[] expected = days.get(LocalDate.parse(day.path("day").asText()));
      assertThat(
              new long[] {
                day.path("started").asLong(),
                day.path("served").asLong(),
                day.path("abandoned").asLong()
              })
          .as("day %s", day.path("day").asText())
          .isEqualTo(expected);
    }
  }

  private static void assertSpread(JsonNode spread, java.util.stream.Stream<Double> measured) {
    List<Double> sorted = measured.sorted().toList();
    assertThat(sorted).isNotEmpty();
    assertThat(spread.path("median").asDouble())
        .isCloseTo(percentile(sorted, 0.5), within(EPSILON));
    assertThat(spread.path("p90").asDouble()).isCloseTo(percentile(sorted, 0.9), within(EPSILON));
  }

  /** The percentile between the nearest measurements, as PostgreSQL's percentile_cont. */
  private static double percentile(List<Double> sorted, double fraction) {
    double position = fraction * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = (int) Math.ceil(position);
    return sorted.get(below) + (sorted.get(above) - sorted.get(below)) * (position - below);
  }

  private double servingSeconds(long agentId, Instant from, Instant to) {
    return allServing(agentId).stream()
        .mapToLong(
            i -> {
              Instant start = i.from().isAfter(from) ? i.from() : from;
              Instant end = i.to().isBefore(to) ? i.to() : to;
              return Math.max(0, end.getEpochSecond() - start.getEpochSecond());
            })
        .sum();
  }

  /** Second by second: how many of the agent's conversations were in progress, per hour of day. */
  private List<Double> loadByHour(long agentId, ZoneId zone) {
    Instant from = FIRST_DAY.atStartOfDay(zone).toInstant();
    Instant to = LAST_DAY.plusDays(1).atStartOfDay(zone).toInstant();
    double[] seconds = new double[24];
    for (Interval interval : allServing(agentId)) {
      for (long s = interval.from().getEpochSecond(); s < interval.to().getEpochSecond(); s++) {
        if (s >= from.getEpochSecond() && s < to.getEpochSecond()) {
          seconds[Instant.ofEpochSecond(s).atZone(zone).getHour()]++;
        }
      }
    }
    List<Double> load = new ArrayList<>();
    for (double busy : seconds) {
      load.add(busy / (2 * 3600.0));
    }
    return load;
  }

  private List<Interval> allServing(long agentId) {
    return generated.stream()
        .map(Generated::serving)
        .flatMap(Collection::stream)
        .filter(i -> i.agentId() == agentId)
        .toList();
  }

  private static double seconds(Instant from, Instant to) {
    return to.getEpochSecond() - from.getEpochSecond();
  }
}
