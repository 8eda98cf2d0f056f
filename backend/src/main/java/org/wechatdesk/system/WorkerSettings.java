package org.wechatdesk.system;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A background worker draining a table: threads, polling when idle, retries with exponential
 * backoff.
 */
public record WorkerSettings(
    @DefaultValue("2") int threads,
    @DefaultValue("PT1S") Duration pollInterval,
    @DefaultValue("PT30S") Duration lease,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("PT2S") Duration initialBackoff,
    @DefaultValue("PT10M") Duration maxBackoff,
    @DefaultValue("false") boolean retryAmbiguous) {
  public WorkerSettings {
    requireBetween("threads", threads, 1, 32);
    requireBetween("poll-interval", pollInterval, Duration.ofMillis(10), Duration.ofMinutes(1));
    requireBetween("lease", lease, Duration.ofSeconds(1), Duration.ofMinutes(10));
    requireBetween("max-attempts", maxAttempts, 1, 50);
    requireBetween(
        "initial-backoff", initialBackoff, Duration.ofMillis(10), Duration.ofMinutes(10));
    requireBetween("max-backoff", maxBackoff, initialBackoff, Duration.ofHours(6));
  }

  public Duration backoffAfter(int attempts) {
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration backoff = initialBackoff.multipliedBy(factor);
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }

  private static void requireBetween(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void requireBetween(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
