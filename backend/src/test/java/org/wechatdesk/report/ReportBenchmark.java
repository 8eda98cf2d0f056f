package org.wechatdesk.report;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.conversation.ConversationMilestone.Timeout;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Report query times on a year of data: N conversations (default 1,000,000) spread over the 365
 * days up to now, written straight into the summaries, busy hours and the event table with
 * PostgreSQL's COPY as the recorder would have left them, with the agents' presence stretches; the
 * daily roll-up then filled by the statements of its migration (V81), timed. Every table is
 * vacuumed and analysed before measuring, as autovacuum keeps them in use (otherwise it runs during
 * the measurements, after the bulk load). Each report (today, 7, 30 and 365 days; all, one account,
 * one agent) is read five times, printing the median and the slowest; the year is also read three
 * times the exact way (as before the roll-up), and its counts compared with the roll-up's. Not a
 * test: run it with {@code ./mvnw -Pbench -pl backend verify -DskipTests -Dbench.skip.push=true
 * -Dbench.skip.assignment=true -Dbench.skip.conversation=true -Dbench.skip.realtime=true
 * [-Dbench.report.conversations=1000000]}.
 */
public final class ReportBenchmark {

  private static final int ACCOUNTS = 3;
  private static final int QUEUES = 6;
  private static final int AGENTS = 40;
  private static final int CHUNK = 50_000;
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf(
        "Report benchmark: %,d conversations over 365 days, %d cores, Java %s%n",
        conversations,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=reportbench")) {
      long[] agents = agents(app.getBean(DeskUserRepository.class));
      long start = System.nanoTime();
      generate(app.getBean(DataSource.class), conversations, agents);
      presence(app.getBean(DataSource.class), agents);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      jdbc.sql("vacuum analyze desk.conversation_summary").update();
      jdbc.sql("vacuum analyze desk.conversation_event").update();
      jdbc.sql("vacuum analyze desk.agent_hour_load").update();
      jdbc.sql("vacuum analyze desk.agent_presence").update();
      System.out.printf(
          "generated and analysed in %.1f s: %,d summaries, %,d events, %,d agent-hour rows,"
              + " %,d presence stretches%n",
          (System.nanoTime() - start) / 1e9,
          count(jdbc, "conversation_summary"),
          count(jdbc, "conversation_event"),
          count(jdbc, "agent_hour_load"),
          count(jdbc, "agent_presence"));
      long rollupStart = System.nanoTime();
      fillRollup(app.getBean(DataSource.class));
      jdbc.sql("vacuum analyze desk.conversation_day").update();
      jdbc.sql("vacuum analyze desk.agent_day_load").update();
      jdbc.sql("vacuum analyze desk.conversation_event_day").update();
      System.out.printf(
          "daily roll-up filled by V81's statements in %.1f s: %,d rows, %,d agent-day rows,"
              + " %,d event-day rows%n",
          (System.nanoTime() - rollupStart) / 1e9,
          count(jdbc, "conversation_day"),
          count(jdbc, "agent_day_load"),
          count(jdbc, "conversation_event_day"));
      // The year's parts timed on the first reads after the load, and again at the end.
      profileYear(
          app.getBean(ReportQueries.class),
          app.getBean(RolledUpCohort.class),
          app.getBean(AgentPresenceTime.class),
          agents[0]);
      measure(app.getBean(ReportQueries.class), agents[0]);
      measureExactYear(app.getBean(ReportQueries.class), agents[0]);
      profileYear(
          app.getBean(ReportQueries.class),
          app.getBean(RolledUpCohort.class),
          app.getBean(AgentPresenceTime.class),
          agents[0]);
    }
  }

  private static long[] agents(DeskUserRepository users) {
    long[] ids = new long[AGENTS];
    for (int a = 0; a < AGENTS; a++) {
      users.insert("reportbench" + a, "{noop}x", "Bench " + a, Role.AGENT);
      ids[a] = users.findByUsername("reportbench" + a).orElseThrow().id();
    }
    return ids;
  }

  private static void generate(DataSource dataSource, int conversations, long[] agents)
      throws Exception {
    Random random = new Random(365);
    long end = Clock.systemUTC().instant().getEpochSecond();
    long yearStart = end - 365L * 24 * 3600;
    Timeout[] timeouts = Timeout.values();
    try (Connection connection = dataSource.getConnection()) {
      var copy = connection.unwrap(PGConnection.class).getCopyAPI();
      StringBuilder summaries = new StringBuilder();
      StringBuilder events = new StringBuilder();
      StringBuilder load = new StringBuilder();
      // Conversations start one after another, so their rows lie in start order as the recorder
      // leaves them.
      long[] starts = new long[conversations];
      for (int n = 0; n < conversations; n++) {
        starts[n] = yearStart + random.nextLong(end - yearStart - 7200);
      }
      Arrays.sort(starts);
      for (int n = 1; n <= conversations; n++) {
        long started = starts[n - 1];
        int account = 1 + random.nextInt(ACCOUNTS);
        int queue = 1 + random.nextInt(QUEUES);
        long queued = started + random.nextInt(30);
        int fate = random.nextInt(20);
        String row;
        if (fate < 3) {
          String reason = fate < 2 ? "VISITOR_GAVE_UP" : "VISITOR_TIMEOUT";
          long ended = queued + 1 + random.nextInt(900);
          row =
              csv(
                  n, account, queue, "", started, queued, null, null, ended, reason, reason, "", "",
                  "", 1, 0, "", "");
          if (random.nextBoolean()) {
            event(
                events,
                n,
                "TIMEOUT",
                Timeout.QUEUE_APPEASE.name(),
                queued + 60,
                account,
                queue,
                "");
          }
        } else {
          long agent = agents[random.nextInt(agents.length)];
          long assigned = queued + random.nextInt(600);
          long reply = assigned + random.nextInt(180);
          long ended = reply + 60 + random.nextInt(3600);
          int transfers = random.nextInt(10) == 0 ? 1 : 0;
          if (transfers > 0) {
            event(
                events, n, "TRANSFERRED", null, reply + 30, account, queue, String.valueOf(agent));
          }
          if (random.nextInt(3) == 0) {
            Timeout timeout = timeouts[random.nextInt(timeouts.length)];
            event(
                events,
                n,
                "TIMEOUT",
                timeout.name(),
                reply + 60,
                account,
                queue,
                String.valueOf(agent));
          }
          for (long hour = assigned / 3600; hour * 3600 < ended; hour++) {
            long busy = Math.min(ended, (hour + 1) * 3600) - Math.max(assigned, hour * 3600);
            load.append(agent).append(',').append(hour).append(',').append(busy).append('\n');
          }
          Integer rating = random.nextInt(10) < 6 ? 1 + random.nextInt(5) : null;
          String solved = rating == null ? "" : String.valueOf(random.nextInt(3) > 0);
          row =
              csv(
                  n,
                  account,
                  queue,
                  String.valueOf(agent),
                  started,
                  queued,
                  assigned,
                  reply,
                  ended,
                  "AGENT_ENDED",
                  "",
                  assigned - queued,
                  reply - assigned,
                  ended - assigned,
                  2 + random.nextInt(30),
                  transfers,
                  rating == null ? "" : rating,
                  solved);
        }
        summaries.append(row);
        if (n % CHUNK == 0 || n == conversations) {
          copy.copyIn(
              """
              copy desk.conversation_summary (conversation_id, account_id, queue_id, agent_id, started_at,
                started_hour, queued_at, assigned_at, first_reply_at, ended_at, end_reason, abandoned_reason,
                wait_seconds, first_response_seconds, length_seconds, messages, transfers, rating, solved)
              from stdin with (format csv)""",
              new StringReader(summaries.toString()));
          copy.copyIn(
              "copy desk.conversation_event (conversation_id, kind, detail, happened_at, account_id, queue_id, agent_id) from stdin with (format csv)",
              new StringReader(events.toString()));
          copy.copyIn(
              "copy desk.agent_hour_load (agent_id, epoch_hour, busy_seconds) from stdin with (format csv)",
              new StringReader(load.toString()));
          summaries.setLength(0);
          events.setLength(0);
          load.setLength(0);
        }
      }
    }
  }

  /** Agents work 09:00–18:00 (China Standard Time) with a 示忙 lunch hour and a short break. */
  private static void presence(DataSource dataSource, long[] agents) throws Exception {
    Random random = new Random(7);
    LocalDate today = LocalDate.now(SHANGHAI);
    StringBuilder rows = new StringBuilder();
    for (LocalDate day = today.minusDays(365); !day.isAfter(today); day = day.plusDays(1)) {
      for (long agent : agents) {
        long nine = day.atTime(9, 0).atZone(SHANGHAI).toEpochSecond();
        long[] changes = {
          nine + random.nextInt(1800),
          nine + 3 * 3600,
          nine + 4 * 3600,
          nine + 6 * 3600,
          nine + 6 * 3600 + 900,
          nine + 9 * 3600 + random.nextInt(3600)
        };
        String[] statuses = {"ONLINE", "BUSY", "ONLINE", "BUSY", "ONLINE"};
        for (int n = 0; n < statuses.length; n++) {
          rows.append(agent).append(',').append(statuses[n]).append(',');
          rows.append(time(changes[n])).append(',').append(time(changes[n + 1])).append('\n');
        }
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "copy desk.agent_presence (agent_id, status, started_at, ended_at) from stdin with (format csv)",
              new StringReader(rows.toString()));
    }
  }

  /** The roll-up as the migration fills it from existing summaries and busy hours. */
  private static void fillRollup(DataSource dataSource) throws Exception {
    String migration;
    try (var in =
        ReportBenchmark.class.getResourceAsStream(
            "/db/migration/V81__conversation_day_rollup.sql")) {
      migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    try (Connection connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute("set search_path to desk");
      for (String sql : migration.split(";\n")) {
        String code =
            sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
        if (code.strip().startsWith("insert into")) {
          statement.execute(code.replace("${deskzone}", SHANGHAI.getId()));
        }
      }
      // V84 keeps the timeouts and transfers per agent only.
      statement.execute("delete from conversation_event_day where agent_id = -1");
    }
  }

  private static String csv(
      long id,
      int account,
      int queue,
      String agent,
      long started,
      long queued,
      Long assigned,
      Long reply,
      long ended,
      String reason,
      String abandoned,
      Object wait,
      Object response,
      Object length,
      int messages,
      int transfers,
      Object rating,
      String solved) {
    return String.join(
            ",",
            String.valueOf(id),
            String.valueOf(account),
            String.valueOf(queue),
            agent,
            time(started),
            String.valueOf(started / 3600),
            time(queued),
            assigned == null ? "" : time(assigned),
            reply == null ? "" : time(reply),
            time(ended),
            reason,
            abandoned,
            String.valueOf(wait),
            String.valueOf(response),
            String.valueOf(length),
            String.valueOf(messages),
            String.valueOf(transfers),
            String.valueOf(rating),
            solved)
        + "\n";
  }

  private static void event(
      StringBuilder events,
      long id,
      String kind,
      String detail,
      long at,
      int account,
      int queue,
      String agent) {
    events.append(
        String.join(
                ",",
                String.valueOf(id),
                kind,
                detail == null ? "" : detail,
                time(at),
                String.valueOf(account),
                String.valueOf(queue),
                agent)
            + "\n");
  }

  private static String time(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond).toString();
  }

  private static long count(JdbcClient jdbc, String table) {
    return jdbc.sql("select count(*) from desk." + table).query(Long.class).single();
  }

  private static void measure(ReportQueries queries, long agent) {
    LocalDate today = LocalDate.now(SHANGHAI);
    List<Object[]> periods = new ArrayList<>();
    Clock clock = Clock.systemUTC();
    periods.add(
        new Object[] {"today", ReportPeriod.named(ReportPeriod.Named.TODAY, clock, SHANGHAI)});
    periods.add(
        new Object[] {
          "7 days", ReportPeriod.named(ReportPeriod.Named.LAST_7_DAYS, clock, SHANGHAI)
        });
    periods.add(
        new Object[] {
          "30 days", ReportPeriod.named(ReportPeriod.Named.LAST_30_DAYS, clock, SHANGHAI)
        });
    periods.add(new Object[] {"365 days", new ReportPeriod(today.minusDays(364), today, SHANGHAI)});
    ReportFilter[] filters = {
      new ReportFilter(null, null, null),
      new ReportFilter(1L, null, null),
      new ReportFilter(null, null, agent)
    };
    String[] filterNames = {"all", "one account", "one agent"};
    queries.figures((ReportPeriod) periods.get(0)[1], filters[0]);
    for (Object[] period : periods) {
      for (int f = 0; f < filters.length; f++) {
        long[] millis = new long[5];
        long started = 0;
        for (int run = 0; run < millis.length; run++) {
          long begin = System.nanoTime();
          started = queries.figures((ReportPeriod) period[1], filters[f]).started();
          millis[run] = (System.nanoTime() - begin) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf(
            "report %-9s %-12s %,9d conversations: median %,6d ms, slowest %,6d ms%n",
            period[0], filterNames[f], started, millis[2], millis[4]);
      }
    }
  }

  /**
   * The year read exactly, as every report was before the roll-up; its counts against the
   * roll-up's.
   */
  private static void measureExactYear(ReportQueries queries, long agent) {
    LocalDate today = LocalDate.now(SHANGHAI);
    ReportPeriod year = new ReportPeriod(today.minusDays(364), today, SHANGHAI);
    ReportFilter[] filters = {
      new ReportFilter(null, null, null),
      new ReportFilter(1L, null, null),
      new ReportFilter(null, null, agent)
    };
    String[] filterNames = {"all", "one account", "one agent"};
    for (int f = 0; f < filters.length; f++) {
      long[] millis = new long[3];
      ReportFigures exact = null;
      for (int run = 0; run < millis.length; run++) {
        long begin = System.nanoTime();
        exact = queries.figures(year, filters[f], false);
        millis[run] = (System.nanoTime() - begin) / 1_000_000;
      }
      Arrays.sort(millis);
      ReportFigures rolledUp = queries.figures(year, filters[f], true);
      System.out.printf(
          "exact 365 days %-12s %,9d conversations: median %,6d ms, slowest %,6d ms;"
              + " roll-up counts equal: %b; wait median %.1f / %.1f s, length p90 %.1f / %.1f s%n",
          filterNames[f],
          exact.started(),
          millis[1],
          millis[2],
          exact.started() == rolledUp.started()
              && exact.served() == rolledUp.served()
              && exact.ratings().equals(rolledUp.ratings())
              && exact.days().equals(rolledUp.days()),
          exact.queueWait().median(),
          rolledUp.queueWait().median(),
          exact.length().p90(),
          rolledUp.length().p90());
    }
  }

  /**
   * Where a year's report read from the roll-up spends its time: the cohort (roll-up rows, agents,
   * conversations still going, serving time) and the presence stretches; the rest of a report is
   * the timeouts and transfers counted from the events.
   */
  private static void profileYear(
      ReportQueries queries, RolledUpCohort cohort, AgentPresenceTime presence, long agent) {
    LocalDate today = LocalDate.now(SHANGHAI);
    ReportPeriod year = new ReportPeriod(today.minusDays(364), today, SHANGHAI);
    ReportFilter[] filters = {
      new ReportFilter(null, null, null),
      new ReportFilter(1L, null, null),
      new ReportFilter(null, null, agent)
    };
    String[] filterNames = {"all", "one account", "one agent"};
    for (int f = 0; f < filters.length; f++) {
      ReportFilter filter = filters[f];
      System.out.printf(
          "365 days %-12s whole report median %,5d ms: roll-up cohort median %,5d ms,"
              + " presence median %,5d ms%n",
          filterNames[f],
          medianMillis(() -> queries.figures(year, filter)),
          medianMillis(() -> cohort.read(year, filter)),
          medianMillis(() -> presence.within(year.from(), year.to(), filter.agentId())));
    }
  }

  private static long medianMillis(Runnable read) {
    long[] millis = new long[5];
    for (int run = 0; run < millis.length; run++) {
      long begin = System.nanoTime();
      read.run();
      millis[run] = (System.nanoTime() - begin) / 1_000_000;
    }
    Arrays.sort(millis);
    return millis[2];
  }
}
