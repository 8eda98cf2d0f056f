package org.wechatdesk.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The days a report covers, in the zone its days are counted in: from the start of {@code firstDay}
 * to the end of {@code lastDay}.
 */
record ReportPeriod(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {

  /** The longest report: a year, leap or not. */
  static final int MAX_DAYS = 366;

  /** The named periods the screens offer; {@code CUSTOM} takes its days from the request. */
  enum Named {
    TODAY,
    YESTERDAY,
    LAST_7_DAYS,
    LAST_30_DAYS,
    CUSTOM
  }

  static ReportPeriod named(Named period, Clock clock, ZoneId zone) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    return switch (period) {
      case TODAY -> new ReportPeriod(today, today, zone);
      case YESTERDAY -> new ReportPeriod(today.minusDays(1), today.minusDays(1), zone);
      case LAST_7_DAYS -> new ReportPeriod(today.minusDays(6), today, zone);
      case LAST_30_DAYS -> new ReportPeriod(today.minusDays(29), today, zone);
      case CUSTOM -> throw new IllegalArgumentException("a custom period names its days");
    };
  }

  Instant from() {
    return firstDay.atStartOfDay(zone).toInstant();
  }

  /** Excluded: the start of the day after the last. */
  Instant to() {
    return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
