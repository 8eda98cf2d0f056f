package org.wechatdesk.report;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.report.Cohort.AgentCounts;
import org.wechatdesk.report.Cohort.Totals;

/**
 * A cohort read from the daily roll-up ({@link DailyRollup}), for whole days in the roll-up's zone:
 * at most a row per day, account and queue (or per agent too) instead of one per conversation. The
 * conversations not ended yet, which the roll-up does not hold, are added from their summaries.
 * Counts are exact; medians and 90th percentiles come from the log-scale buckets.
 */
@Component
class RolledUpCohort {

  private static final String LOADS =
      IntStream.range(0, 24)
          .mapToObj(h -> "sum(load_" + h + ") as load_" + h)
          .collect(Collectors.joining(", "));

  private static final String AGENT_SUMS =
      "sum(started) as started, "
          + IntStream.rangeClosed(1, Tally.MAX_RATING)
              .mapToObj(r -> "sum(rated_" + r + ") as rated_" + r)
              .collect(Collectors.joining(", "));

  private final JdbcClient jdbc;

  RolledUpCohort(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Cohort read(ReportPeriod period, ReportFilter filter) {
    Tally total = new Tally();
    Map<LocalDate, Tally> days = new TreeMap<>();
    Where rows =
        rows(
            period,
            filter,
            "agent_id = ?",
            filter.agentId() == null ? DailyRollup.ALL_AGENTS : filter.agentId());
    jdbc.sql(
            "select started_on, "
                + Tally.SUMS
                + " from desk.conversation_day where "
                + rows.sql()
                + " group by started_on")
        .params(rows.params())
        .query(
            (ResultSet rs) -> {
              Tally day = Tally.read(rs);
              total.add(day);
              days.put(rs.getObject("started_on", LocalDate.class), day);
            });

    Map<Long, AgentCounts> agents = new HashMap<>();
    Where agentRows =
        filter.agentId() == null
            ? rows(period, filter, "agent_id > ?", DailyRollup.NONE)
            : rows(period, filter, "agent_id = ?", filter.agentId());
    jdbc.sql(
            "select agent_id, "
                + AGENT_SUMS
                + " from desk.conversation_day where "
                + agentRows.sql()
                + " group by agent_id")
        .params(agentRows.params())
        .query(
            (ResultSet rs) -> {
              long rated = 0;
              long ratingSum = 0;
              for (int rating = 1; rating <= Tally.MAX_RATING; rating++) {
                long count = rs.getLong("rated_" + rating);
                rated += count;
                ratingSum += rating * count;
              }
              agents.put(
                  rs.getLong("agent_id"), new AgentCounts(rs.getLong("started"), rated, ratingSum));
            });

    addGoing(period, filter, total, days, agents);

    Map<Long, Double> serving = new HashMap<>();
    double[] byHour = new double[24];
    serving(period, filter, serving, byHour);
    Map<LocalDate, long[]> series = new TreeMap<>();
    days.forEach(
        (day, tally) ->
            series.put(day, new long[] {tally.started(), tally.served(), tally.abandoned()}));
    return new Cohort(Totals.of(total), agents, serving, byHour, series, true);
  }

  /** The cohort's conversations still going, which the roll-up holds once they end. */
  private void addGoing(
      ReportPeriod period,
      ReportFilter filter,
      Tally total,
      Map<LocalDate, Tally> days,
      Map<Long, AgentCounts> agents) {
    Where started = Where.started(period, filter);
    jdbc.sql(
            "select "
                + SummaryRow.COLUMNS
                + " from desk.conversation_summary where ended_at is null and "
                + started.sql())
        .params(started.params())
        .query(SummaryRow::read)
        .list()
        .forEach(
            row -> {
              Tally tally = Tally.of(row);
              total.add(tally);
              days.computeIfAbsent(
                      row.startedAt().atZone(period.zone()).toLocalDate(), d -> new Tally())
                  .add(tally);
              if (row.agentId() != null) {
                agents.merge(
                    row.agentId(),
                    new AgentCounts(1, tally.rated(), tally.ratingSum()),
                    AgentCounts::plus);
              }
            });
  }

  /** Serving time is the agent's whatever account or queue they served: only the agent narrows. */
  private void serving(
      ReportPeriod period, ReportFilter filter, Map<Long, Double> serving, double[] byHour) {
    List<Object> params = new ArrayList<>(List.of(period.firstDay(), period.lastDay()));
    String sql =
        "select agent_id, "
            + LOADS
            + " from desk.agent_day_load where served_on >= ? and served_on <= ?"
            + (filter.agentId() == null ? "" : " and agent_id = ?")
            + " group by agent_id";
    if (filter.agentId() != null) {
      params.add(filter.agentId());
    }
    jdbc.sql(sql)
        .params(params)
        .query(
            (ResultSet rs) -> {
              double agentTotal = 0;
              for (int hour = 0; hour < 24; hour++) {
                double seconds = rs.getDouble("load_" + hour);
                byHour[hour] += seconds;
                agentTotal += seconds;
              }
              serving.put(rs.getLong("agent_id"), agentTotal);
            });
  }

  /**
   * The roll-up's rows of the period whose agent meets the condition, narrowed by account and
   * queue.
   */
  private static Where rows(
      ReportPeriod period, ReportFilter filter, String agentCondition, long agent) {
    List<Object> params = new ArrayList<>();
    params.add(agent);
    StringBuilder sql =
        new StringBuilder(agentCondition + " and started_on >= ? and started_on <= ?");
    params.add(period.firstDay());
    params.add(period.lastDay());
    Where.narrow(sql, params, new ReportFilter(filter.accountId(), filter.queueId(), null));
    return new Where(sql.toString(), params);
  }
}
