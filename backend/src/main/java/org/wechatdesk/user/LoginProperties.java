package org.wechatdesk.user;

import static org.wechatdesk.system.Ranges.requireBetween;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins are throttled (see {@link LoginThrottle}). {@code maxFailures}: failures of one
 * name from one address before that pair waits {@code lockout}, doubled with each further lock up
 * to an hour; {@code addressMaxFailures}: failures from one address, whatever the names, within
 * {@code window} before the address waits; {@code globalMaxFailures}: failures of the whole desk
 * within {@code window} before every address that failed lately waits too. Out of range stops the
 * start.
 */
@ConfigurationProperties("desk.login")
record LoginProperties(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("PT5M") Duration lockout,
    @DefaultValue("20") int addressMaxFailures,
    @DefaultValue("500") int globalMaxFailures,
    @DefaultValue("PT15M") Duration window) {

  static final Duration MAX_LOCKOUT = Duration.ofHours(1);

  LoginProperties {
    requireBetween("desk.login.max-failures", maxFailures, 1, 100);
    requireBetween("desk.login.lockout", lockout, Duration.ofSeconds(1), MAX_LOCKOUT);
    requireBetween("desk.login.address-max-failures", addressMaxFailures, 1, 100_000);
    requireBetween("desk.login.global-max-failures", globalMaxFailures, 1, 10_000_000);
    requireBetween("desk.login.window", window, Duration.ofMinutes(1), Duration.ofDays(1));
  }

  /**
   * The wait after the {@code locks}-th lock of the same key: the lockout, doubled each time, at
   * most an hour.
   */
  Duration lockoutAfter(int locks) {
    Duration doubled = lockout.multipliedBy(1L << Math.min(Math.max(locks - 1, 0), 20));
    return doubled.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : doubled;
  }
}
