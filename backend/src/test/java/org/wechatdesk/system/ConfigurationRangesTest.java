package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.fan.QuotaProperties;

class ConfigurationRangesTest {

  private static WorkerSettings worker() {
    return new WorkerSettings(
        2,
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        8,
        Duration.ofSeconds(2),
        Duration.ofMinutes(10),
        false);
  }

  @Test
  void outOfRangeValuesNameThePropertyAndTheRange() {
    WeChatProperties.Push push = new WeChatProperties.Push(Duration.ofMinutes(5), 65536);
    assertThatThrownBy(
            () ->
                new WeChatProperties(
                    "ftp://x",
                    "https://open.weixin.qq.com",
                    "https://mp.weixin.qq.com",
                    true,
                    Duration.ofMinutes(5),
                    push))
        .hasMessageContaining("desk.wechat.api-host");
    assertThatThrownBy(() -> new WeChatProperties.Push(Duration.ofHours(2), 65536))
        .hasMessageContaining("desk.wechat.push.max-clock-skew")
        .hasMessageContaining("PT1H");
    assertThatThrownBy(() -> new WeChatProperties.Push(Duration.ofMinutes(5), 10))
        .hasMessageContaining("max-body-bytes");
    assertThatThrownBy(
            () ->
                new WorkerSettings(
                    0,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(30),
                    8,
                    Duration.ofSeconds(2),
                    Duration.ofMinutes(10),
                    false))
        .hasMessageContaining("threads");
    assertThatThrownBy(() -> new QuotaProperties(Duration.ofHours(49), 5, Duration.ofMinutes(1), 3))
        .hasMessageContaining("desk.wechat.quota.message-window");
    assertThatThrownBy(() -> new QuotaProperties(Duration.ofHours(48), 0, Duration.ofMinutes(1), 3))
        .hasMessageContaining("message-limit");
  }

  @Test
  void backoffGrowsAndIsCapped() {
    WorkerSettings worker = worker();
    org.assertj.core.api.Assertions.assertThat(worker.backoffAfter(1))
        .isEqualTo(Duration.ofSeconds(2));
    org.assertj.core.api.Assertions.assertThat(worker.backoffAfter(3))
        .isEqualTo(Duration.ofSeconds(8));
    org.assertj.core.api.Assertions.assertThat(worker.backoffAfter(30))
        .isEqualTo(Duration.ofMinutes(10));
  }
}
