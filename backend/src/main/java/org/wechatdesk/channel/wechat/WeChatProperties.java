package org.wechatdesk.channel.wechat;

import static org.wechatdesk.system.Ranges.requireBetween;

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
    @DefaultValue("https://mp.weixin.qq.com") String componentLoginHost,
    @DefaultValue("true") boolean useStableToken,
    @DefaultValue("PT5M") Duration tokenRefreshAhead,
    @DefaultValue Push push) {

  public WeChatProperties {
    requireUrl("desk.wechat.api-host", apiHost);
    requireUrl("desk.wechat.open-host", openHost);
    requireUrl("desk.wechat.component-login-host", componentLoginHost);
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

  private static void requireUrl(String name, String value) {
    if (value == null || !value.matches("https?://[^/\\s]+(/.*)?")) {
      throw new IllegalArgumentException(name + " must be an http(s) URL, was: " + value);
    }
  }
}
