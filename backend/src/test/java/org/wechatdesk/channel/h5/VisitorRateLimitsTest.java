package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.MovableClock;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.TooManyRequestsException;

class VisitorRateLimitsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T08:00:00Z"));
  private final VisitorRateLimits limits = new VisitorRateLimits(clock, new H5Properties(3, 5, 8));

  @Test
  void newVisitorsAreCountedPerAddressInTenMinuteWindows() {
    assertThat(IntStream.range(0, 4).mapToObj(i -> limits.allowNewVisitor("203.0.113.7")))
        .containsExactly(true, true, true, false);
    assertThat(limits.allowNewVisitor("203.0.113.8"))
        .as("another address has its own count")
        .isTrue();
    clock.move(Duration.ofMinutes(9));
    assertThat(limits.allowNewVisitor("203.0.113.7")).isFalse();
    clock.move(Duration.ofMinutes(1));
    assertThat(limits.allowNewVisitor("203.0.113.7")).isTrue();
  }

  @Test
  void messagesAreCountedPerVisitorInOneMinuteWindows() {
    assertThat(IntStream.range(0, 6).mapToObj(i -> allowed(42, "203.0.113.7")))
        .containsExactly(true, true, true, true, true, false);
    assertThatThrownBy(() -> limits.checkMessage(42, "203.0.113.7"))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e -> assertThat(e.error()).isEqualTo(ApiError.of(H5Error.TOO_MANY_MESSAGES, "max", 5)));
    assertThat(allowed(43, "203.0.113.8")).isTrue();
    clock.move(Duration.ofSeconds(60));
    assertThat(allowed(42, "203.0.113.7")).isTrue();
  }

  @Test
  void manyVisitorsFromOneAddressShareTheAddressesMessageBudget() {
    assertThat(IntStream.range(0, 9).mapToObj(visitor -> allowed(100 + visitor, "203.0.113.7")))
        .containsExactly(true, true, true, true, true, true, true, true, false);
    assertThatThrownBy(() -> limits.checkMessage(200, "203.0.113.7"))
        .isInstanceOfSatisfying(
            TooManyRequestsException.class,
            e ->
                assertThat(e.error())
                    .isEqualTo(ApiError.of(H5Error.TOO_MANY_MESSAGES_FROM_NETWORK, "max", 8)));
    assertThat(allowed(300, "203.0.113.8")).as("another address has its own budget").isTrue();
    clock.move(Duration.ofSeconds(60));
    assertThat(allowed(400, "203.0.113.7")).isTrue();
  }

  @Test
  void aVisitorOverTheirOwnLimitSpendsNothingOfTheAddressesBudget() {
    IntStream.range(0, 8).forEach(i -> allowed(42, "203.0.113.7"));
    assertThat(IntStream.range(0, 5).mapToObj(visitor -> allowed(100 + visitor, "203.0.113.7")))
        .containsExactly(true, true, true, false, false);
  }

  @Test
  void anIpv6ClientIsCountedByItsSlash64AndLoopbackAndMappedAddressesAsTheirIpv4() {
    IntStream.range(0, 8)
        .forEach(i -> allowed(100 + i, "2001:db8:1:2:" + Integer.toHexString(i) + "::1"));
    assertThat(allowed(200, "2001:db8:1:2:ffff:ffff:ffff:ffff")).as("the same /64").isFalse();
    assertThat(allowed(201, "2001:db8:1:3::1")).as("the next /64").isTrue();

    IntStream.range(0, 4).forEach(i -> allowed(300 + i, "127.0.0.1"));
    IntStream.range(0, 4).forEach(i -> allowed(310 + i, "0:0:0:0:0:0:0:1"));
    assertThat(allowed(320, "::1")).as("IPv4 and IPv6 loopback are one client").isFalse();

    IntStream.range(0, 8).forEach(i -> allowed(400 + i, "::ffff:198.51.100.4"));
    assertThat(allowed(410, "198.51.100.4")).as("IPv4-mapped IPv6 is the IPv4 address").isFalse();

    assertThat(
            IntStream.range(0, 4)
                .mapToObj(i -> limits.allowNewVisitor(i % 2 == 0 ? "::1" : "127.0.0.1")))
        .containsExactly(true, true, true, false);
  }

  @Test
  void limitsOutOfRangeStopTheStartNamingTheProperty() {
    assertThatThrownBy(() -> new H5Properties(0, 40, 200))
        .hasMessageContaining("desk.h5.new-visitors-per-address");
    assertThatThrownBy(() -> new H5Properties(30, 4, 200))
        .hasMessageContaining("desk.h5.messages-per-minute")
        .hasMessageContaining("5 and 10000");
    assertThatThrownBy(() -> new H5Properties(30, 40, 4))
        .hasMessageContaining("desk.h5.address-messages-per-minute")
        .hasMessageContaining("5 and 100000");
    assertThatCode(() -> new H5Properties(30, 40, 100_000)).doesNotThrowAnyException();
  }

  private boolean allowed(long fanId, String address) {
    try {
      limits.checkMessage(fanId, address);
      return true;
    } catch (TooManyRequestsException e) {
      return false;
    }
  }
}
