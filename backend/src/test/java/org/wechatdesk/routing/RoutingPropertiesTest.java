package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wechatdesk.routing.terms.RoutingProperties;

class RoutingPropertiesTest {

  @Test
  void outOfRangeValuesNameThePropertyAndTheRange() {
    assertThatThrownBy(
            () -> new RoutingProperties(Duration.ofDays(31), 100, Duration.ofSeconds(10)))
        .hasMessageContaining("desk.routing.familiar-window")
        .hasMessageContaining("PT720H");
    assertThatThrownBy(() -> new RoutingProperties(Duration.ofHours(24), 0, Duration.ofSeconds(10)))
        .hasMessageContaining("desk.routing.drain-batch")
        .hasMessageContaining("1 and 10000");
    assertThatThrownBy(
            () -> new RoutingProperties(Duration.ofHours(24), 100, Duration.ofMillis(10)))
        .hasMessageContaining("desk.routing.sweep-interval");
  }
}
