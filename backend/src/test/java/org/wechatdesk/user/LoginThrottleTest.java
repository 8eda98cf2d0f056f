package org.wechatdesk.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.MovableClock;

/**
 * The throttle's rules on the real table, with limits of its own (3 per name and address, 5 per
 * address, 8 for the whole desk, 15 minutes) and a clock of its own, years after anything else the
 * tests wrote.
 */
class LoginThrottleTest extends IntegrationTest {

  /** Each test a day of its own, so that no test's failures fall in another's window. */
  private static final AtomicInteger DAYS = new AtomicInteger();

  private final MovableClock clock =
      new MovableClock(
          Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(DAYS.incrementAndGet())));
  private LoginThrottle throttle;
  private String prefix;

  @BeforeEach
  void throttleWithSmallLimits() {
    throttle =
        new LoginThrottle(
            jdbc,
            clock,
            new LoginProperties(3, Duration.ofMinutes(5), 5, 8, Duration.ofMinutes(15)));
    prefix = "t" + System.nanoTime();
  }

  @Test
  void aNameFromAnAddressWaitsLongerWithEachLock() {
    failTimes(3, "admin", "10.0.0.1");
    assertThat(throttle.waitBefore("admin", address("10.0.0.1"))).contains(Duration.ofMinutes(5));
    assertThat(throttle.waitBefore("admin", address("10.0.0.2"))).as("another address").isEmpty();
    assertThat(throttle.waitBefore("someone-else", address("10.0.0.1")))
        .as("another name")
        .isEmpty();

    clock.move(Duration.ofMinutes(5));
    assertThat(throttle.waitBefore("admin", address("10.0.0.1"))).isEmpty();
    failTimes(3, "admin", "10.0.0.1");
    assertThat(throttle.waitBefore("admin", address("10.0.0.1"))).contains(Duration.ofMinutes(10));
  }

  @Test
  void anAddressTryingManyNamesWaitsAsAWhole() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("name" + i, address("20.0.0.1"));
    }
    assertThat(throttle.waitBefore("a-name-never-tried", address("20.0.0.1")))
        .contains(Duration.ofMinutes(5));
    assertThat(throttle.waitBefore("a-name-never-tried", address("20.0.0.2"))).isEmpty();
  }

  @Test
  void whileTheDeskFailsTooOftenOnlyAddressesThatFailedWait() {
    for (int i = 0; i < 8; i++) {
      throttle.recordFailure("admin", address("30.0.0." + i));
    }
    assertThat(throttle.waitBefore("admin", address("30.0.0.0"))).contains(Duration.ofMinutes(1));
    assertThat(throttle.waitBefore("admin", address("30.0.1.1")))
        .as("the real admin's own address")
        .isEmpty();

    clock.move(Duration.ofMinutes(16));
    assertThat(throttle.waitBefore("admin", address("30.0.0.0")))
        .as("the window has passed")
        .isEmpty();
  }

  @Test
  void aSuccessForgetsTheNamesFailuresFromThatAddress() {
    failTimes(2, "agent", "40.0.0.1");
    throttle.recordSuccess("agent", address("40.0.0.1"));
    failTimes(2, "agent", "40.0.0.1");
    assertThat(throttle.waitBefore("agent", address("40.0.0.1"))).isEmpty();
  }

  private void failTimes(int times, String username, String rawAddress) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(username, address(rawAddress));
    }
  }

  /** Addresses of this test only, so that rows of another test never count here. */
  private String address(String raw) {
    return prefix + "/" + raw;
  }
}
