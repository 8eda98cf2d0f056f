package org.wechatdesk.fan.tag;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the desk retries bringing WeChat's user tags in line: a change is tried at once, a failure
 * again after a backoff that doubles up to {@code maxBackoff}, and after {@code maxAttempts} the
 * fan's tags wait for the next change or a manual retry.
 */
@ConfigurationProperties("desk.fan-tags.sync")
public record TagSyncProperties(
    @DefaultValue("PT5S") Duration pollInterval,
    @DefaultValue("PT1M") Duration lease,
    @DefaultValue("PT10S") Duration initialBackoff,
    @DefaultValue("PT30M") Duration maxBackoff,
    @DefaultValue("8") int maxAttempts) {

  public TagSyncProperties {
    if (pollInterval.isNegative()
        || pollInterval.isZero()
        || initialBackoff.compareTo(maxBackoff) > 0
        || maxAttempts < 1
        || maxAttempts > 50) {
      throw new IllegalArgumentException(
          "desk.fan-tags.sync: poll-interval > 0, initial-backoff <= max-backoff, "
              + "max-attempts 1-50");
    }
  }

  Duration backoffAfter(int attempts) {
    Duration backoff = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
    return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
  }
}
