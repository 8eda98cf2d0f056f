package org.wechatdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * Every figure of one report. Conversations count in the period they started in; timeouts and
 * transfers in the period they happened in; agents' serving time and load by the hours they served,
 * their online and 示忙 time by the stretches they spent so. Times are in seconds; a spread is null
 * where nothing was measured. {@code percentilesApproximate}: the medians and 90th percentiles were
 * read from the daily roll-up's log-scale buckets (reports longer than {@link
 * ReportQueries#EXACT_DAYS} days in the desk's zone), each within one bucket (19%) of the exact
 * value; every count is exact either way. {@code refused}: turned away without queueing for an
 * agent (asked to leave a message), by reason in {@code refusals} (OUT_OF_HOURS, NO_AGENT).
 */
public record ReportFigures(
    LocalDate firstDay,
    LocalDate lastDay,
    String zone,
    Instant from,
    Instant to,
    long started,
    long served,
    long abandonedGaveUp,
    long abandonedTimedOut,
    long refused,
    Map<String, Long> refusals,
    Spread queueWait,
    Spread firstResponse,
    Spread length,
    @Nullable Double messagesPerConversation,
    Map<String, Long> timeouts,
    long transfers,
    List<RatingCount> ratings,
    long rated,
    @Nullable Double ratedShare,
    @Nullable Double solvedRate,
    List<AgentWorkload> agents,
    List<Double> loadByHour,
    List<DayFigures> days,
    boolean percentilesApproximate) {

  /** Median and 90th percentile (interpolated between the nearest measurements). */
  public record Spread(@Nullable Double median, @Nullable Double p90) {}

  public record RatingCount(int rating, long conversations) {}

  /**
   * {@code onlineSeconds}: time in status ONLINE (taking visitors); {@code busyStatusSeconds}: time
   * in status BUSY (示忙: keeping current visitors, taking no more); {@code servingSeconds}: time
   * spent serving conversations, counted once per conversation (two at once count twice), whatever
   * the status.
   */
  public record AgentWorkload(
      long agentId,
      String username,
      long conversations,
      double onlineSeconds,
      double busyStatusSeconds,
      double servingSeconds,
      @Nullable Double averageRating) {}

  public record DayFigures(LocalDate day, long started, long served, long abandoned) {}
}
