package org.wechatdesk.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.wechatdesk.report.ReportFigures.RatingCount;
import org.wechatdesk.report.ReportFigures.Spread;

/**
 * The figures of the conversations started in a report's period, and the agents' serving time in
 * it, read exactly from the summaries or from the daily roll-up.
 *
 * @param agents per agent who served a conversation of the cohort
 * @param servingSeconds per agent, seconds spent serving in the period
 * @param servingByHour seconds served by the agents in each hour of the day (in the report's zone)
 * @param days per day of the period: started, served, abandoned
 */
record Cohort(
    Totals totals,
    Map<Long, AgentCounts> agents,
    Map<Long, Double> servingSeconds,
    double[] servingByHour,
    Map<LocalDate, long[]> days,
    boolean percentilesApproximate) {

  record Totals(
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

    static Totals of(Tally tally) {
      return new Totals(
          tally.started(),
          tally.served(),
          tally.gaveUp(),
          tally.timedOut(),
          tally.refused(),
          tally.refusals(),
          tally.messagesPerConversation(),
          tally.ratings(),
          tally.solvedAnswered(),
          tally.solved(),
          tally.queueWait(),
          tally.firstResponse(),
          tally.length());
    }

    long rated() {
      return ratings.stream().mapToLong(RatingCount::conversations).sum();
    }
  }

  /** An agent's conversations, and the number and sum of their ratings. */
  record AgentCounts(long conversations, long rated, long ratingSum) {

    AgentCounts plus(AgentCounts other) {
      return new AgentCounts(
          conversations + other.conversations, rated + other.rated, ratingSum + other.ratingSum);
    }

    Double averageRating() {
      return rated == 0 ? null : (double) ratingSum / rated;
    }
  }
}
