package org.wechatdesk.fan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WeChat's customer-service quota, configurable because WeChat has changed it: a fan's message
 * opens {@code messageLimit} sends within {@code messageWindow} (older pages said 20); a menu
 * click, a follow or a scan opens {@code interactionLimit} within {@code interactionWindow}.
 */
@ConfigurationProperties("desk.wechat.quota")
public record QuotaProperties(
    @DefaultValue("PT48H") Duration messageWindow,
    @DefaultValue("5") int messageLimit,
    @DefaultValue("PT1M") Duration interactionWindow,
    @DefaultValue("3") int interactionLimit) {

  public QuotaProperties {
    requireBetween(
        "desk.wechat.quota.message-window",
        messageWindow,
        Duration.ofMinutes(1),
        Duration.ofHours(48));
    requireBetween(
        "desk.wechat.quota.interaction-window",
        interactionWindow,
        Duration.ofSeconds(10),
        Duration.ofHours(48));
    requireBetween("desk.wechat.quota.message-limit", messageLimit);
    requireBetween("desk.wechat.quota.interaction-limit", interactionLimit);
  }

  private static void requireBetween(String name, Duration value, Duration min, Duration max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void requireBetween(String name, int value) {
    if (value < 1 || value > 100) {
      throw new IllegalArgumentException(name + " must be between 1 and 100, was " + value);
    }
  }
}
