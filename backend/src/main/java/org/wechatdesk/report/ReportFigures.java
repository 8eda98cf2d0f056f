package org.wechatdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * Every figure of one report. Conversations count in the period they started in; timeouts and
 * transfers in the period they happened in; agents' busy time and load by the hours they served.
 * Times are in seconds; a spread is null where nothing was measured. {@code refused}: turned away
 * without queueing for an agent (asked to leave a message), by reason in {@code refusals}
 * (OUT_OF_HOURS, NO_AGENT).
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
    List<DayFigures> days) {

  /** Median and 90th percentile (interpolated between the nearest measurements). */
  public record Spread(@Nullable Double median, @Nullable Double p90) {}

  public record RatingCount(int rating, long conversations) {}

  /**
   * {@code busySeconds}: time spent serving conversations, counted once per conversation (two at
   * once count twice).
   */
  public record AgentWorkload(
      long agentId,
      String username,
      long conversations,
      double busySeconds,
      Double averageRating) {}

  public record DayFigures(LocalDate day, long started, long served, long abandoned) {}
}
