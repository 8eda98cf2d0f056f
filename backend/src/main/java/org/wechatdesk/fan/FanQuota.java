package org.wechatdesk.fan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * What is left of a fan's customer-service quota right now, for prioritising and for the agent's
 * view.
 */
@Component
public class FanQuota {

  private final QuotaProperties quota;
  private final Clock clock;

  FanQuota(QuotaProperties quota, Clock clock) {
    this.quota = quota;
    this.clock = clock;
  }

  public Status of(Fan fan) {
    if (fan.windowKind() == null) {
      return new Status(null, null, 0, 0, 0);
    }
    boolean message = fan.windowKind() == Fan.WindowKind.MESSAGE;
    Duration length = message ? quota.messageWindow() : quota.interactionWindow();
    int limit = message ? quota.messageLimit() : quota.interactionLimit();
    // WeChat's word that the window is closed (45015) outweighs the desk's reckoning.
    Instant endsAt =
        fan.windowClosedAt() != null ? fan.windowClosedAt() : fan.windowOpenedAt().plus(length);
    int remaining = clock.instant().isBefore(endsAt) ? Math.max(0, limit - fan.windowSent()) : 0;
    return new Status(fan.windowKind(), endsAt, limit, fan.windowSent(), remaining);
  }

  /**
   * Why WeChat would refuse a customer-service message to the fan now, or empty when it would take
   * one: asked before an agent's proactive message, so the agent learns it at once instead of from
   * a 45015.
   */
  public Optional<SendRefusal> refusal(Fan fan) {
    if (fan.webVisitor()) {
      return Optional.of(SendRefusal.WEB_VISITOR);
    }
    Status status = of(fan);
    if (status.open()) {
      return Optional.empty();
    }
    boolean windowOpen =
        status.windowEndsAt() != null && clock.instant().isBefore(status.windowEndsAt());
    return Optional.of(windowOpen ? SendRefusal.QUOTA_SPENT : SendRefusal.WINDOW_CLOSED);
  }

  /**
   * {@code remaining} is 0 when the window is closed or spent; WeChat would answer 45015 or 45047.
   */
  @Schema(name = "QuotaStatus")
  public record Status(
      @Nullable Fan.WindowKind windowKind,
      @Nullable Instant windowEndsAt,
      int limit,
      int sent,
      int remaining) {
    public boolean open() {
      return remaining > 0;
    }
  }
}
