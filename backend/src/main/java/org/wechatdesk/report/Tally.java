package org.wechatdesk.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.report.ReportFigures.RatingCount;
import org.wechatdesk.report.ReportFigures.Spread;

/**
 * The conversation figures that add up: counts, sums, rating counts and the log-scale histograms of
 * wait, first response and length. One conversation's tally is what it adds to the daily roll-up; a
 * report's is the sum of the roll-up's rows. The column names are the roll-up's.
 */
final class Tally {

  /** The largest rating a survey offers (its scale has at most ten labels). */
  static final int MAX_RATING = 10;

  private static final int STARTED = 0;
  private static final int SERVED = 1;
  private static final int GAVE_UP = 2;
  private static final int TIMED_OUT = 3;
  private static final int REFUSED = 4;
  private static final int MESSAGES_SUM = 5;
  private static final int MESSAGES_COUNTED = 6;
  private static final int SOLVED_ANSWERED = 7;
  private static final int SOLVED = 8;
  private static final int RATED = 9;
  private static final ConversationMilestone.Refusal[] REFUSALS =
      ConversationMilestone.Refusal.values();
  private static final int REFUSED_BY = RATED + MAX_RATING;
  private static final int WAIT = REFUSED_BY + REFUSALS.length;
  private static final int RESPONSE = WAIT + LogBuckets.COUNT;
  private static final int LENGTH = RESPONSE + LogBuckets.COUNT;
  private static final int SIZE = LENGTH + LogBuckets.COUNT;

  static final List<String> COLUMNS = columns();

  /** {@code sum(started) as started, ...}: a roll-up query's select list. */
  static final String SUMS =
      COLUMNS.stream().map(c -> "sum(" + c + ") as " + c).collect(Collectors.joining(", "));

  private final long[] values;

  Tally() {
    this(new long[SIZE]);
  }

  private Tally(long[] values) {
    this.values = values;
  }

  private static List<String> columns() {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "started",
                "served",
                "gave_up",
                "timed_out",
                "refused",
                "messages_sum",
                "messages_counted",
                "solved_answered",
                "solved"));
    IntStream.rangeClosed(1, MAX_RATING).forEach(r -> columns.add("rated_" + r));
    for (ConversationMilestone.Refusal reason : REFUSALS) {
      columns.add("refused_" + reason.name().toLowerCase(Locale.ROOT));
    }
    for (String measure : List.of("wait", "response", "length")) {
      IntStream.range(0, LogBuckets.COUNT).forEach(b -> columns.add(measure + "_" + b));
    }
    return List.copyOf(columns);
  }

  /** What one conversation, as its summary stands, adds to its day. */
  static Tally of(SummaryRow row) {
    Tally tally = new Tally();
    long[] v = tally.values;
    boolean served = row.served();
    v[STARTED] = 1;
    v[SERVED] = served ? 1 : 0;
    v[GAVE_UP] = "VISITOR_GAVE_UP".equals(row.abandonedReason()) ? 1 : 0;
    v[TIMED_OUT] = "VISITOR_TIMEOUT".equals(row.abandonedReason()) ? 1 : 0;
    v[REFUSED] = row.refused() ? 1 : 0;
    for (ConversationMilestone.Refusal reason : REFUSALS) {
      v[REFUSED_BY + reason.ordinal()] = reason.name().equals(row.refusedReason()) ? 1 : 0;
    }
    if (served && row.messages() != null) {
      v[MESSAGES_SUM] = row.messages();
      v[MESSAGES_COUNTED] = 1;
    }
    if (row.solved() != null) {
      v[SOLVED_ANSWERED] = 1;
      v[SOLVED] = row.solved() ? 1 : 0;
    }
    if (row.rating() != null && row.rating() >= 1 && row.rating() <= MAX_RATING) {
      v[RATED + row.rating() - 1] = 1;
    }
    count(v, WAIT, row.waitSeconds());
    count(v, RESPONSE, row.firstResponseSeconds());
    count(v, LENGTH, row.lengthSeconds());
    return tally;
  }

  private static void count(long[] values, int histogram, Double seconds) {
    if (seconds != null) {
      values[histogram + LogBuckets.of(seconds)]++;
    }
  }

  /** Reads a row whose columns are named as {@link #COLUMNS}. */
  static Tally read(ResultSet rs) throws SQLException {
    long[] values = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      values[i] = rs.getLong(COLUMNS.get(i));
    }
    return new Tally(values);
  }

  void add(Tally other) {
    for (int i = 0; i < SIZE; i++) {
      values[i] += other.values[i];
    }
  }

  Tally minus(Tally other) {
    long[] difference = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      difference[i] = values[i] - other.values[i];
    }
    return new Tally(difference);
  }

  Tally negated() {
    return new Tally().minus(this);
  }

  boolean isZero() {
    return Arrays.stream(values).allMatch(v -> v == 0);
  }

  /** The value of each column, in the order of {@link #COLUMNS}. */
  long value(int column) {
    return values[column];
  }

  long started() {
    return values[STARTED];
  }

  long served() {
    return values[SERVED];
  }

  long gaveUp() {
    return values[GAVE_UP];
  }

  long timedOut() {
    return values[TIMED_OUT];
  }

  long refused() {
    return values[REFUSED];
  }

  /** Refused conversations by reason, every reason listed. */
  Map<String, Long> refusals() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (ConversationMilestone.Refusal reason : REFUSALS) {
      counts.put(reason.name(), values[REFUSED_BY + reason.ordinal()]);
    }
    return counts;
  }

  long abandoned() {
    return gaveUp() + timedOut();
  }

  Double messagesPerConversation() {
    return values[MESSAGES_COUNTED] == 0
        ? null
        : (double) values[MESSAGES_SUM] / values[MESSAGES_COUNTED];
  }

  long solvedAnswered() {
    return values[SOLVED_ANSWERED];
  }

  long solved() {
    return values[SOLVED];
  }

  List<RatingCount> ratings() {
    List<RatingCount> ratings = new ArrayList<>();
    for (int rating = 1; rating <= MAX_RATING; rating++) {
      if (values[RATED + rating - 1] > 0) {
        ratings.add(new RatingCount(rating, values[RATED + rating - 1]));
      }
    }
    return ratings;
  }

  long rated() {
    return ratings().stream().mapToLong(RatingCount::conversations).sum();
  }

  long ratingSum() {
    return ratings().stream().mapToLong(r -> r.rating() * r.conversations()).sum();
  }

  Spread queueWait() {
    return spread(WAIT);
  }

  Spread firstResponse() {
    return spread(RESPONSE);
  }

  Spread length() {
    return spread(LENGTH);
  }

  private Spread spread(int histogram) {
    long[] counts = Arrays.copyOfRange(values, histogram, histogram + LogBuckets.COUNT);
    return new Spread(LogBuckets.percentile(counts, 0.5), LogBuckets.percentile(counts, 0.9));
  }
}
