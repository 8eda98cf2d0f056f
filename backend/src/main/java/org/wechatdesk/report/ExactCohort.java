package org.wechatdesk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.report.Cohort.AgentCounts;
import org.wechatdesk.report.Cohort.Totals;
import org.wechatdesk.report.ReportFigures.RatingCount;
import org.wechatdesk.report.ReportFigures.Spread;

/**
 * A cohort read exactly from the conversations' summaries and the agents' busy hours, in any zone:
 * medians and 90th percentiles interpolated between the nearest measurements.
 */
@Component
class ExactCohort {

  private static final long SECONDS_PER_HOUR = 3600;

  /** How many conversations got each rating, counted in the same pass as the other totals. */
  private static final String RATING_COUNTS =
      IntStream.rangeClosed(1, Tally.MAX_RATING)
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

  ExactCohort(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Cohort read(ReportPeriod period, ReportFilter filter) {
    Where cohort = Where.started(period, filter);
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
            .query(ExactCohort::totals)
            .single();
    Map<Long, Double> serving = new HashMap<>();
    double[] byHour = new double[24];
    busyHours(period, filter, serving, byHour);
    return new Cohort(totals, agents(cohort), serving, byHour, days(period, cohort), false);
  }

  private Map<Long, AgentCounts> agents(Where cohort) {
    Map<Long, AgentCounts> agents = new HashMap<>();
    jdbc.sql(
            "select agent_id, count(*) as conversations, count(rating) as rated, sum(rating) as rating_sum"
                + " from desk.conversation_summary where "
                + cohort.sql()
                + " and agent_id is not null group by agent_id")
        .params(cohort.params())
        .query(
            (ResultSet rs) -> {
              agents.put(
                  rs.getLong("agent_id"),
                  new AgentCounts(
                      rs.getLong("conversations"), rs.getLong("rated"), rs.getLong("rating_sum")));
            });
    return agents;
  }

  /**
   * Agents' busy hours in the period; an agent's serving time is theirs whatever account or queue
   * they served, so only the agent narrows it.
   */
  private void busyHours(
      ReportPeriod period, ReportFilter filter, Map<Long, Double> serving, double[] byHour) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(
            "select agent_id, epoch_hour, sum(busy_seconds) as busy from desk.agent_hour_load"
                + " where epoch_hour >= ? and epoch_hour < ?");
    params.add(period.from().getEpochSecond() / SECONDS_PER_HOUR);
    params.add((period.to().getEpochSecond() + SECONDS_PER_HOUR - 1) / SECONDS_PER_HOUR);
    if (filter.agentId() != null) {
      sql.append(" and agent_id = ?");
      params.add(filter.agentId());
    }
    jdbc.sql(sql + " group by agent_id, epoch_hour")
        .params(params)
        .query(
            (ResultSet rs) -> {
              double busy = rs.getDouble("busy");
              serving.merge(rs.getLong("agent_id"), busy, Double::sum);
              Instant start = Instant.ofEpochSecond(rs.getLong("epoch_hour") * SECONDS_PER_HOUR);
              byHour[start.atZone(period.zone()).getHour()] += busy;
            });
  }

  private Map<LocalDate, long[]> days(ReportPeriod period, Where cohort) {
    Map<LocalDate, long[]> days = new TreeMap<>();
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
              long[] figures = days.computeIfAbsent(day, d -> new long[3]);
              figures[0] += rs.getLong("started");
              figures[1] += rs.getLong("served");
              figures[2] += rs.getLong("abandoned");
            });
    return days;
  }

  private static Totals totals(ResultSet rs, int n) throws SQLException {
    List<RatingCount> ratings = new ArrayList<>();
    for (int rating = 1; rating <= Tally.MAX_RATING; rating++) {
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

  static Double number(ResultSet rs, String column) throws SQLException {
    Number value = (Number) rs.getObject(column);
    return value == null ? null : value.doubleValue();
  }
}
