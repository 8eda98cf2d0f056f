package org.wechatdesk.channel.wechat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything about talking to WeChat that an installation may tune. Values are checked when the
 * application starts, and a value out of range stops it with a message naming the property.
 */
@ConfigurationProperties("desk.wechat")
public record WeChatProperties(
    @DefaultValue("https://api.weixin.qq.com") String apiHost,
    @DefaultValue("https://open.weixin.qq.com") String openHost,
    @DefaultValue("true") boolean useStableToken,
    @DefaultValue("PT5M") Duration tokenRefreshAhead,
    @DefaultValue Push push,
    @DefaultValue Worker outbox,
    @DefaultValue Worker inbound) {

  public WeChatProperties {
    requireUrl("desk.wechat.api-host", apiHost);
    requireUrl("desk.wechat.open-host", openHost);
    requireBetween(
        "desk.wechat.token-refresh-ahead",
        tokenRefreshAhead,
        Duration.ofSeconds(10),
        Duration.ofMinutes(30));
  }

  /**
   * Checks on pushes: WeChat's timestamp may be off by at most {@code maxClockSkew}; bodies are
   * small.
   */
  public record Push(
      @DefaultValue("PT5M") Duration maxClockSkew, @DefaultValue("65536") int maxBodyBytes) {
    public Push {
      requireBetween(
          "desk.wechat.push.max-clock-skew",
          maxClockSkew,
          Duration.ofSeconds(30),
          Duration.ofHours(1));
      requireBetween("desk.wechat.push.max-body-bytes", maxBodyBytes, 1024, 1_048_576);
    }
  }

  /**
   * A background worker draining a table: threads, polling when idle, retries with exponential
   * backoff.
   */
  public record Worker(
      @DefaultValue("2") int threads,
      @DefaultValue("PT1S") Duration pollInterval,
      @DefaultValue("PT30S") Duration lease,
      @DefaultValue("8") int maxAttempts,
      @DefaultValue("PT2S") Duration initialBackoff,
      @DefaultValue("PT10M") Duration maxBackoff,
      @DefaultValue("false") boolean retryAmbiguous) {
    public Worker {
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
  }

  private static void requireUrl(String name, String value) {
    if (value == null || !value.matches("https?://[^/\\s]+(/.*)?")) {
      throw new IllegalArgumentException(name + " must be an http(s) URL, was: " + value);
    }
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
