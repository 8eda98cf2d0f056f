package org.wechatdesk.routing.terms;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing settings (desk.routing.*), checked at start-up.
 *
 * @param familiarWindow how long after serving a visitor an agent still counts as their familiar
 *     agent (熟客优先), for accounts whose routing does not set a window of their own
 * @param drainBatch how many waiting visitors one drain looks at when capacity appears
 * @param sweepInterval how often every queue with waiting visitors is drained anyway, in case a
 *     node stopped between freeing capacity and draining
 */
@ConfigurationProperties("desk.routing")
public record RoutingProperties(
    @DefaultValue("PT24H") Duration familiarWindow,
    @DefaultValue("100") int drainBatch,
    @DefaultValue("PT10S") Duration sweepInterval) {

  public RoutingProperties {
    if (familiarWindow.compareTo(Duration.ofMinutes(1)) < 0
        || familiarWindow.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException(
          "desk.routing.familiar-window must be between PT1M and PT720H, was " + familiarWindow);
    }
    if (drainBatch < 1 || drainBatch > 10_000) {
      throw new IllegalArgumentException(
          "desk.routing.drain-batch must be between 1 and 10000, was " + drainBatch);
    }
    if (sweepInterval.compareTo(Duration.ofSeconds(1)) < 0
        || sweepInterval.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "desk.routing.sweep-interval must be between PT1S and PT10M, was " + sweepInterval);
    }
  }
}
