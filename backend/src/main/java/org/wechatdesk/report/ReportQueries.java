package org.wechatdesk.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.report.Cohort.AgentCounts;
import org.wechatdesk.report.ReportFigures.AgentWorkload;
import org.wechatdesk.report.ReportFigures.DayFigures;
import org.wechatdesk.system.ReadModel;

/**
 * Reads a report's figures: the cohort's from the summaries (exact) or, for a report longer than
 * {@link #EXACT_DAYS} days whose days are counted in the desk's zone, from the daily roll-up; the
 * timeouts and transfers from the recorded events; the agents' presence from its stretches.
 */
@Component
@ReadModel("desk.desk_user")
class ReportQueries {

  /** Reports up to this many days read the summaries; longer ones the daily roll-up. */
  static final int EXACT_DAYS = 31;

  private static final long SECONDS_PER_HOUR = 3600;

  private final JdbcClient jdbc;
  private final boolean postgres;
  private final ExactCohort exact;
  private final RolledUpCohort rolledUp;
  private final DailyRollup rollup;
  private final AgentPresenceTime presence;

  ReportQueries(
      JdbcClient jdbc,
      DataSource dataSource,
      ExactCohort exact,
      RolledUpCohort rolledUp,
      DailyRollup rollup,
      AgentPresenceTime presence)
      throws SQLException {
    this.jdbc = jdbc;
    this.exact = exact;
    this.rolledUp = rolledUp;
    this.rollup = rollup;
    this.presence = presence;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
  }

  /** Read in one transaction, so that every figure sees the same data. */
  @Transactional(readOnly = true)
  ReportFigures figures(ReportPeriod period, ReportFilter filter) {
    boolean longReport =
        ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1 > EXACT_DAYS;
    return figures(period, filter, longReport && period.zone().equals(rollup.zone()));
  }

  /** {@code fromRollup}: read the cohort from the daily roll-up (the period in the desk's zone). */
  @Transactional(readOnly = true)
  ReportFigures figures(ReportPeriod period, ReportFilter filter, boolean fromRollup) {
    Cohort cohort;
    if (fromRollup) {
      cohort = rolledUp.read(period, filter);
    } else {
      if (postgres) {
        // The percentiles sort up to a month of measurements: in memory rather than spilled to
        // disk.
        jdbc.sql("set local work_mem = '64MB'").update();
      }
      cohort = exact.read(period, filter);
    }
    Cohort.Totals totals = cohort.totals();
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
        loadByHour(period, cohort),
        days(period, cohort),
        cohort.percentilesApproximate());
  }

  private Map<String, Long> timeouts(ReportPeriod period, ReportFilter filter) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConversationMilestone.Timeout timeout : ConversationMilestone.Timeout.values()) {
      counts.put(timeout.name(), 0L);
    }
    Where happened = Where.happened(ConversationMilestone.Kind.TIMEOUT, period, filter);
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
    Where happened = Where.happened(ConversationMilestone.Kind.TRANSFERRED, period, filter);
    return jdbc.sql("select count(*) from desk.conversation_event where " + happened.sql())
        .params(happened.params())
        .query(Long.class)
        .single();
  }

  /**
   * The agents who served the cohort, and, when the report is not narrowed to an account or queue,
   * every agent who was online or 示忙 in the period: presence and serving time are an agent's
   * whatever account or queue they served.
   */
  private List<AgentWorkload> agents(ReportPeriod period, ReportFilter filter, Cohort cohort) {
    Map<Long, AgentPresenceTime.Seconds> present =
        presence.within(period.from(), period.to(), filter.agentId());
    Set<Long> ids = new HashSet<>(cohort.agents().keySet());
    if (filter.accountId() == null && filter.queueId() == null) {
      ids.addAll(present.keySet());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> usernames = new HashMap<>();
    jdbc.sql(
            "select id, username from desk.desk_user where id in ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", "))
                + ")")
        .params(new ArrayList<>(ids))
        .query(
            (ResultSet rs) -> {
              usernames.put(rs.getLong("id"), rs.getString("username"));
            });
    AgentCounts none = new AgentCounts(0, 0, 0);
    return ids.stream()
        .filter(usernames::containsKey)
        .map(
            id -> {
              AgentCounts counts = cohort.agents().getOrDefault(id, none);
              AgentPresenceTime.Seconds seconds =
                  present.getOrDefault(id, AgentPresenceTime.Seconds.NONE);
              return new AgentWorkload(
                  id,
                  usernames.get(id),
                  counts.conversations(),
                  seconds.online(),
                  seconds.busyStatus(),
                  cohort.servingSeconds().getOrDefault(id, 0.0),
                  counts.averageRating());
            })
        .sorted(
            Comparator.comparingLong(AgentWorkload::conversations)
                .reversed()
                .thenComparing(AgentWorkload::username))
        .toList();
  }

  /**
   * The average number of conversations in progress at each hour of the day (in the report's zone)
   * over the period, for the selected agent or all agents together.
   */
  private static List<Double> loadByHour(ReportPeriod period, Cohort cohort) {
    long days = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
    List<Double> load = new ArrayList<>(24);
    for (double seconds : cohort.servingByHour()) {
      load.add(seconds / (days * SECONDS_PER_HOUR));
    }
    return load;
  }

  private static List<DayFigures> days(ReportPeriod period, Cohort cohort) {
    List<DayFigures> series = new ArrayList<>();
    for (LocalDate day = period.firstDay(); !day.isAfter(period.lastDay()); day = day.plusDays(1)) {
      long[] f = cohort.days().getOrDefault(day, new long[3]);
      series.add(new DayFigures(day, f[0], f[1], f[2]));
    }
    return series;
  }
}
