package org.wechatdesk.report;

import java.sql.ResultSet;
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
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.report.Cohort.AgentCounts;
import org.wechatdesk.report.ReportFigures.AgentWorkload;
import org.wechatdesk.report.ReportFigures.DayFigures;
import org.wechatdesk.system.Databases;
import org.wechatdesk.system.ReadModel;

/**
 * Reads a report's figures: the cohort's from the summaries (exact) or, for a report longer than
 * {@link #EXACT_DAYS} days whose days are counted in the desk's zone, from the daily roll-up; the
 * timeouts and transfers likewise from the recorded events or their daily counts; the agents'
 * presence from its stretches.
 */
@Component
@ReadModel("desk.desk_user")
class ReportQueries {

  /** Reports up to this many days read the summaries; longer ones the daily roll-up. */
  static final int EXACT_DAYS = 31;

  private static final long SECONDS_PER_HOUR = 3600;
  private static final String TRANSFERRED = ConversationMilestone.Kind.TRANSFERRED.name();

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
      AgentPresenceTime presence) {
    this.jdbc = jdbc;
    this.exact = exact;
    this.rolledUp = rolledUp;
    this.rollup = rollup;
    this.presence = presence;
    this.postgres = Databases.isPostgres(dataSource);
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
    Map<String, Long> timeouts = happened(period, filter, fromRollup);
    long transfers = timeouts.remove(TRANSFERRED);
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
        timeouts,
        transfers,
        totals.ratings(),
        totals.rated(),
        totals.started() == 0 ? null : (double) totals.rated() / totals.started(),
        totals.solvedAnswered() == 0 ? null : (double) totals.solved() / totals.solvedAnswered(),
        agents(period, filter, cohort),
        loadByHour(period, cohort),
        days(period, cohort),
        cohort.percentilesApproximate());
  }

  /** Timeouts by kind, and transfers (under {@code TRANSFERRED}), that happened in the period. */
  private Map<String, Long> happened(ReportPeriod period, ReportFilter filter, boolean fromRollup) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConversationMilestone.Timeout timeout : ConversationMilestone.Timeout.values()) {
      counts.put(timeout.name(), 0L);
    }
    counts.put(TRANSFERRED, 0L);
    RowCallbackHandler count =
        rs ->
            counts.merge(
                rs.getString("kind").equals(TRANSFERRED) ? TRANSFERRED : rs.getString("detail"),
                rs.getLong("events"),
                Long::sum);
    if (fromRollup) {
      List<Object> params = new ArrayList<>();
      params.add(period.firstDay());
      params.add(period.lastDay());
      StringBuilder sql =
          new StringBuilder(
              """
              select kind, detail, sum(events) as events from desk.conversation_event_day
               where happened_on >= ? and happened_on <= ?""");
      Where.narrow(sql, params, filter);
      jdbc.sql(sql + " group by kind, detail").params(params).query(count);
    } else {
      for (ConversationMilestone.Kind kind :
          List.of(ConversationMilestone.Kind.TIMEOUT, ConversationMilestone.Kind.TRANSFERRED)) {
        Where where = Where.happened(kind, period, filter);
        jdbc.sql(
                "select kind, detail, count(*) as events from desk.conversation_event where "
                    + where.sql()
                    + " group by kind, detail")
            .params(where.params())
            .query(count);
      }
    }
    return counts;
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
