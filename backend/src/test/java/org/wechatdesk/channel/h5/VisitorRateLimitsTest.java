package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.MovableClock;

class VisitorRateLimitsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T08:00:00Z"));
  private final VisitorRateLimits limits = new VisitorRateLimits(clock, new H5Properties(3, 5));

  @Test
  void newVisitorsAreCountedPerAddressInTenMinuteWindows() {
    assertThat(IntStream.range(0, 4).mapToObj(i -> limits.allowNewVisitor("203.0.113.7")))
        .containsExactly(true, true, true, false);
    assertThat(limits.allowNewVisitor("203.0.113.8")).as("another address has its own count").isTrue();
    clock.move(Duration.ofMinutes(9));
    assertThat(limits.allowNewVisitor("203.0.113.7")).isFalse();
    clock.move(Duration.ofMinutes(1));
    assertThat(limits.allowNewVisitor("203.0.113.7")).isTrue();
  }

  @Test
  void messagesAreCountedPerVisitorInOneMinuteWindows() {
    assertThat(IntStream.range(0, 6).mapToObj(i -> limits.allowMessage(42))).containsExactly(true, true, true, true,
        true, false);
    assertThat(limits.allowMessage(43)).isTrue();
    clock.move(Duration.ofSeconds(60));
    assertThat(limits.allowMessage(42)).isTrue();
  }

  @Test
  void limitsOutOfRangeStopTheStartNamingTheProperty() {
    assertThatThrownBy(() -> new H5Properties(0, 40)).hasMessageContaining("desk.h5.new-visitors-per-address");
    assertThatThrownBy(() -> new H5Properties(30, 4)).hasMessageContaining("desk.h5.messages-per-minute")
        .hasMessageContaining("5 and 10000");
  }
}
