package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The flood guard of position notices: one per visitor per interval, and only for a better place.
 */
class QueuePositionNoticesTest {

  private static final Instant SENT = Instant.parse("2030-01-01T08:00:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Test
  void aVisitorHearsAgainOnlyAfterTheInterval() {
    assertThat(QueuePositionNotices.intervalPassed(null, SENT, MINUTE)).isTrue();
    assertThat(QueuePositionNotices.intervalPassed(SENT, SENT.plusSeconds(59), MINUTE)).isFalse();
    assertThat(QueuePositionNotices.intervalPassed(SENT, SENT.plusSeconds(60), MINUTE)).isTrue();
  }

  @Test
  void onlyABetterPlaceIsWorthAMessage() {
    assertThat(QueuePositionNotices.improved(null, 3)).isTrue();
    assertThat(QueuePositionNotices.improved(3, 2)).isTrue();
    assertThat(QueuePositionNotices.improved(3, 3)).isFalse();
    assertThat(QueuePositionNotices.improved(3, 4)).isFalse();
  }
}
