package org.wechatdesk.report;

/**
 * The fixed log-scale buckets the daily roll-up counts waits, first responses and lengths in:
 * bucket 0 holds [0, 1) s, bucket k ≥ 1 holds [2^((k-1)/4), 2^(k/4)) s (four to each doubling, so a
 * bucket is 19% wide), and the last is open above 2^20 s (12 days). The migration that fills the
 * roll-up from existing summaries computes the same {@code 1 + floor(ln(x) * 4 / ln 2)}.
 */
final class LogBuckets {

  static final int COUNT = 82;
  private static final double PER_LN = 4 / Math.log(2);

  private LogBuckets() {}

  static int of(double seconds) {
    if (seconds < 1) {
      return 0;
    }
    return (int) Math.min(COUNT - 1, 1 + Math.floor(Math.log(seconds) * PER_LN));
  }

  static double lower(int bucket) {
    return bucket == 0 ? 0 : Math.pow(2, (bucket - 1) / 4.0);
  }

  /** Infinite for the last bucket. */
  static double upper(int bucket) {
    return bucket == COUNT - 1 ? Double.POSITIVE_INFINITY : Math.pow(2, bucket / 4.0);
  }

  /**
   * The {@code fraction} percentile, read as PostgreSQL's percentile_cont would from the values
   * (rank {@code fraction * (n - 1)}), placed within its bucket by interpolating on the log scale
   * (linearly in bucket 0, at the lower bound in the open last bucket): it lies in the bucket of
   * the exact value or the next. Null when nothing was counted.
   */
  static Double percentile(long[] counts, double fraction) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    if (total == 0) {
      return null;
    }
    double rank = fraction * (total - 1);
    long below = 0;
    for (int bucket = 0; bucket < counts.length; bucket++) {
      long count = counts[bucket];
      if (count > 0 && rank < below + count) {
        double within = (rank - below + 0.5) / count;
        if (bucket == 0) {
          return within;
        }
        if (bucket == COUNT - 1) {
          return lower(bucket);
        }
        return lower(bucket) * Math.pow(upper(bucket) / lower(bucket), within);
      }
      below += count;
    }
    return lower(COUNT - 1);
  }
}
