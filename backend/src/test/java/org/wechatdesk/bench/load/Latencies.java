package org.wechatdesk.bench.load;

import java.util.Arrays;

/**
 * Every measured latency of a phase, kept whole (no sampling, no trimming beyond the phase's stated
 * warm-up), and read as nearest-rank percentiles.
 */
final class Latencies {

  private final long[] nanos;
  private int count;

  Latencies(int capacity) {
    this.nanos = new long[capacity];
  }

  synchronized void add(long latencyNanos) {
    nanos[count++] = latencyNanos;
  }

  synchronized int count() {
    return count;
  }

  synchronized Summary summary() {
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    return new Summary(
        count, millis(sorted, 50), millis(sorted, 99), count == 0 ? 0 : sorted[count - 1] / 1e6);
  }

  private static double millis(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, rank)] / 1e6;
  }

  record Summary(int count, double p50, double p99, double max) {

    String format() {
      return String.format("p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms", p50, p99, max);
    }
  }
}
