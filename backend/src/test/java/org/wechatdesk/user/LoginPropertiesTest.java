package org.wechatdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginPropertiesTest {

  @Test
  void outOfRangeValuesNameThePropertyAndTheRange() {
    assertThatThrownBy(
            () -> new LoginProperties(0, Duration.ofMinutes(5), 20, 500, Duration.ofMinutes(15)))
        .hasMessageContaining("desk.login.max-failures")
        .hasMessageContaining("between 1 and 100");
    assertThatThrownBy(
            () -> new LoginProperties(5, Duration.ofHours(2), 20, 500, Duration.ofMinutes(15)))
        .hasMessageContaining("desk.login.lockout");
    assertThatThrownBy(
            () -> new LoginProperties(5, Duration.ofMinutes(5), 0, 500, Duration.ofMinutes(15)))
        .hasMessageContaining("desk.login.address-max-failures");
    assertThatThrownBy(
            () -> new LoginProperties(5, Duration.ofMinutes(5), 20, 0, Duration.ofMinutes(15)))
        .hasMessageContaining("desk.login.global-max-failures");
    assertThatThrownBy(
            () -> new LoginProperties(5, Duration.ofMinutes(5), 20, 500, Duration.ofSeconds(10)))
        .hasMessageContaining("desk.login.window");
  }

  @Test
  void theLockoutDoublesWithEachLockUpToAnHour() {
    LoginProperties limits =
        new LoginProperties(5, Duration.ofMinutes(5), 20, 500, Duration.ofMinutes(15));
    assertThat(limits.lockoutAfter(1)).isEqualTo(Duration.ofMinutes(5));
    assertThat(limits.lockoutAfter(2)).isEqualTo(Duration.ofMinutes(10));
    assertThat(limits.lockoutAfter(4)).isEqualTo(Duration.ofMinutes(40));
    assertThat(limits.lockoutAfter(5)).isEqualTo(Duration.ofHours(1));
    assertThat(limits.lockoutAfter(60)).isEqualTo(Duration.ofHours(1));
  }
}
