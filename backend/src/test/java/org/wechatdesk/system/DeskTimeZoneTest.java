package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DeskTimeZoneTest {

  @Test
  void anIanaZoneIsTaken() {
    assertThat(new DeskTimeZone("Europe/London").zone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void aZoneJavaDoesNotKnowStopsTheStartWithTheSettingsName() {
    assertThatThrownBy(() -> new DeskTimeZone("Mars/Olympus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("desk.time-zone")
        .hasMessageContaining("Mars/Olympus");
  }
}
