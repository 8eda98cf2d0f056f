package org.wechatdesk.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.report.ReportFigures.AgentWorkload;
import org.wechatdesk.report.ReportFigures.DayFigures;
import org.wechatdesk.report.ReportFigures.RatingCount;
import org.wechatdesk.report.ReportFigures.Spread;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/** Reads a report's figures from the roll-ups and the recorded events. */
@Component
@ReadModel("desk.desk_user")
class ReportQueries {

  private static final long SECONDS_PER_HOUR = 3600;

  /** The largest rating a survey offers (its scale has at most ten labels). */
  private static final int MAX_RATING = 10;

  /** How many conversations got each rating, counted in the same pass as the other totals. */
  private static final String RATING_COUNTS =
      IntStream.rangeClosed(1, MAX_RATING)
          .mapToObj(r -> "sum(case when rating = " + r + " then 1 else 0 end) as rated_" + r + ",")
          .collect(Collectors.joining("\n", "", "\n"));

  /** How many conversations each reason refused, counted in the same pass as the other totals. */
  private static final String REFUSAL_COUNTS =
      Arrays.stream(ConversationMilestone.Refusal.values())
          .map(
              r ->
                  "sum(case when refused_reason = '"
                      + r.name()
                      + "' then 1 else 0 end) as refused_"
                      + r.name()
                      + ",")
          .collect(Collectors.joining("\n", "", "\n"));

  private final JdbcClient jdbc;
  private final boolean postgres;

  ReportQueries(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  /** Read in one transaction, so that every figure sees the same data. */
  @Transactional(readOnly = true)
  ReportFigures figures(ReportPeriod period, ReportFilter filter) {
    Where cohort = cohort(period, filter);
    if (postgres) {
      // The percentiles sort up to a year of measurements: in memory rather than spilled to disk.
      jdbc.sql("set local work_mem = '64MB'").update();
    }
    Totals totals =
        jdbc.sql(
                """
                select count(*) as started,
                       sum(case when assigned_at is not null then 1 else 0 end) as served,
                       sum(case when abandoned_reason = 'VISITOR_GAVE_UP' then 1 else 0 end) as gave_up,
                       sum(case when abandoned_reason = 'VISITOR_TIMEOUT' then 1 else 0 end) as timed_out,
                       sum(case when refused then 1 else 0 end) as refused,
                       avg(case when assigned_at is not null then cast(messages as double precision) end) as messages,
                       count(solved) as solved_answered,
                       sum(case when solved then 1 else 0 end) as solved,
                """
                    + RATING_COUNTS
                    + REFUSAL_COUNTS
                    + """
                       percentile_cont(0.5) within group (order by wait_seconds) as wait_median,
                       percentile_cont(0.9) within group (order by wait_seconds) as wait_p90,
                       percentile_cont(0.5) within group (order by first_response_seconds) as response_median,
                       percentile_cont(0.9) within group (order by first_response_seconds) as response_p90,
                       percentile_cont(0.5) within group (order by length_seconds) as length_median,
                       percentile_cont(0.9) within group (order by length_seconds) as length_p90
                  from desk.conversation_summary where\s"""
                    + cohort.sql())
            .params(cohort.params())
            .query(ReportQueries::totals)
            .single();
    return new ReportFigures(
        period.firstDay(),
        period.lastDay(),
        period.zone().getId(),
        period.from(),
        period.to(),
        totals.started(),
        totals.served(),
        totals.gaveUp(),
        totals.timedOut(),
        totals.refused(),
        totals.refusals(),
        totals.queueWait(),
        totals.firstResponse(),
        totals.length(),
        totals.messages(),
        timeouts(period, filter),
        transfers(period, filter),
        totals.ratings(),
        totals.rated(),
        totals.started() == 0 ? null : (double) totals.rated() / totals.started(),
        totals.solvedAnswered() == 0 ? null : (double) totals.solved() / totals.solvedAnswered(),
        agents(period, filter, cohort),
        loadByHour(period, filter),
        days(period, cohort));
  }

  private Map<String, Long> timeouts(ReportPeriod period, ReportFilter filter) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConversationMilestone.Timeout timeout : ConversationMilestone.Timeout.values()) {
      counts.put(timeout.name(), 0L);
    }
    Where happened = happened(ConversationMilestone.Kind.TIMEOUT, period, filter);
    jdbc.sql(
            "select detail, count(*) as fired from desk.conversation_event where "
                + happened.sql()
                + " group by detail")
        .params(happened.params())
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getString("detail"), rs.getLong("fired"));
            });
    return counts;
  }

  private long transfers(ReportPeriod period, ReportFilter filter) {
    Where happened = happened(ConversationMilestone.Kind.TRANSFERRED, period, filter);
    return jdbc.sql("select count(*) from desk.conversation_event where " + happened.sql())
        .params(happened.params())
        .query(Long.class)
        .single();
  }

  private List<AgentWorkload> agents(ReportPeriod period, ReportFilter filter, Where cohort) {
    Map<Long, Double> busy = new HashMap<>();
    Where hours = hours(period, filter);
    jdbc.sql(
            "select agent_id, sum(busy_seconds) as busy from desk.agent_hour_load where "
                + hours.sql()
                + " group by agent_id")
        .params(hours.params())
        .query(
            (ResultSet rs) -> {
              busy.put(rs.getLong("agent_id"), rs.getDouble("busy"));
            });
    return jdbc.sql(
            """
            select s.agent_id, u.username, s.conversations, s.average_rating
              from (select agent_id, count(*) as conversations, avg(cast(rating as double precision)) as average_rating
                      from desk.conversation_summary
                     where\s"""
                + cohort.sql()
                + """
                 and agent_id is not null group by agent_id) s
              join desk.desk_user u on u.id = s.agent_id
             order by s.conversations desc, u.username""")
        .params(cohort.params())
        .query(
            (rs, n) ->
                new AgentWorkload(
                    rs.getLong("agent_id"),
                    rs.getString("username"),
                    rs.getLong("conversations"),
                    busy.getOrDefault(rs.getLong("agent_id"), 0.0),
                    number(rs, "average_rating")))
        .list();
  }

  /**
   * The average number of conversations in progress at each hour of the day (in the report's zone)
   * over the period, for the selected agent or all agents together.
   */
  private List<Double> loadByHour(ReportPeriod period, ReportFilter filter) {
    double[] busy = new double[24];
    Where hours = hours(period, filter);
    ZoneId zone = period.zone();
    jdbc.sql(
            "select epoch_hour, sum(busy_seconds) as busy from desk.agent_hour_load where "
                + hours.sql()
                + " group by epoch_hour")
        .params(hours.params())
        .query(
            (ResultSet rs) -> {
              Instant start = Instant.ofEpochSecond(rs.getLong("epoch_hour") * SECONDS_PER_HOUR);
              busy[start.atZone(zone).getHour()] += rs.getDouble("busy");
            });
    long days = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
    List<Double> load = new ArrayList<>(24);
    for (double seconds : busy) {
      load.add(seconds / (days * SECONDS_PER_HOUR));
    }
    return load;
  }

  private List<DayFigures> days(ReportPeriod period, Where cohort) {
    Map<LocalDate, long[]> days = new TreeMap<>();
    for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
      days.put(day, new long[3]);
    }
    jdbc.sql(
            """
            select started_hour, count(*) as started,
                   sum(case when assigned_at is not null then 1 else 0 end) as served,
                   sum(case when abandoned_reason is not null then 1 else 0 end) as abandoned
              from desk.conversation_summary where\s"""
                + cohort.sql()
                + " group by started_hour")
        .params(cohort.params())
        .query(
            (ResultSet rs) -> {
              LocalDate day =
                  Instant.ofEpochSecond(rs.getLong("started_hour") * SECONDS_PER_HOUR)
                      .atZone(period.zone())
                      .toLocalDate();
              long[] figures = days.get(day);
              if (figures != null) {
                figures[0] += rs.getLong("started");
                figures[1] += rs.getLong("served");
                figures[2] += rs.getLong("abandoned");
              }
            });
    List<DayFigures> series = new ArrayList<>(days.size());
    days.forEach((day, f) -> series.add(new DayFigures(day, f[0], f[1], f[2])));
    return series;
  }

  /** Conversations started in the period. */
  private static Where cohort(ReportPeriod period, ReportFilter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("started_at >= ? and started_at < ?");
    params.add(DbTime.of(period.from()));
    params.add(DbTime.of(period.to()));
    narrow(sql, params, filter);
    return new Where(sql.toString(), params);
  }

  /** Events of one kind that happened in the period. */
  private static Where happened(
      ConversationMilestone.Kind kind, ReportPeriod period, ReportFilter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("kind = ? and happened_at >= ? and happened_at < ?");
    params.add(kind.name());
    params.add(DbTime.of(period.from()));
    params.add(DbTime.of(period.to()));
    narrow(sql, params, filter);
    return new Where(sql.toString(), params);
  }

  /**
   * Agents' busy hours in the period; an agent's load is theirs whatever account or queue they
   * served, so only the agent narrows it.
   */
  private static Where hours(ReportPeriod period, ReportFilter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("epoch_hour >= ? and epoch_hour < ?");
    params.add(period.from().getEpochSecond() / SECONDS_PER_HOUR);
    params.add((period.to().getEpochSecond() + SECONDS_PER_HOUR - 1) / SECONDS_PER_HOUR);
    if (filter.agentId() != null) {
      sql.append(" and agent_id = ?");
      params.add(filter.agentId());
    }
    return new Where(sql.toString(), params);
  }

  private static void narrow(StringBuilder sql, List<Object> params, ReportFilter filter) {
    if (filter.accountId() != null) {
      sql.append(" and account_id = ?");
      params.add(filter.accountId());
    }
    if (filter.queueId() != null) {
      sql.append(" and queue_id = ?");
      params.add(filter.queueId());
    }
    if (filter.agentId() != null) {
      sql.append(" and agent_id = ?");
      params.add(filter.agentId());
    }
  }

  private static Totals totals(ResultSet rs, int n) throws SQLException {
    List<RatingCount> ratings = new ArrayList<>();
    for (int rating = 1; rating <= MAX_RATING; rating++) {
      long rated = rs.getLong("rated_" + rating);
      if (rated > 0) {
        ratings.add(new RatingCount(rating, rated));
      }
    }
    return new Totals(
        rs.getLong("started"),
        rs.getLong("served"),
        rs.getLong("gave_up"),
        rs.getLong("timed_out"),
        rs.getLong("refused"),
        refusals(rs),
        number(rs, "messages"),
        ratings,
        rs.getLong("solved_answered"),
        rs.getLong("solved"),
        new Spread(number(rs, "wait_median"), number(rs, "wait_p90")),
        new Spread(number(rs, "response_median"), number(rs, "response_p90")),
        new Spread(number(rs, "length_median"), number(rs, "length_p90")));
  }

  private static Map<String, Long> refusals(ResultSet rs) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConversationMilestone.Refusal reason : ConversationMilestone.Refusal.values()) {
      counts.put(reason.name(), rs.getLong("refused_" + reason.name()));
    }
    return counts;
  }

  private static Double number(ResultSet rs, String column) throws SQLException {
    Number value = (Number) rs.getObject(column);
    return value == null ? null : value.doubleValue();
  }

  private record Where(String sql, List<Object> params) {}

  private record Totals(
      long started,
      long served,
      long gaveUp,
      long timedOut,
      long refused,
      Map<String, Long> refusals,
      Double messages,
      List<RatingCount> ratings,
      long solvedAnswered,
      long solved,
      Spread queueWait,
      Spread firstResponse,
      Spread length) {

    long rated() {
      return ratings.stream().mapToLong(RatingCount::conversations).sum();
    }
  }
}
