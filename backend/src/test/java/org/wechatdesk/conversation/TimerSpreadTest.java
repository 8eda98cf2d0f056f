package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.junit.jupiter.api.Test;

class TimerSpreadTest {

  private final TimerSpread spread = new TimerSpread(Duration.ofSeconds(10));

  @Test
  void movesEachTimerLaterByAtMostFivePercentAndAtMostTheSetting() {
    for (long id = 1; id <= 2_000; id++) {
      assertThat(spread.apply(Duration.ofSeconds(30), id))
          .isBetween(Duration.ofSeconds(30), Duration.ofMillis(31_500));
      assertThat(spread.apply(Duration.ofMinutes(5), id))
          .isBetween(Duration.ofMinutes(5), Duration.ofMinutes(5).plusSeconds(10));
    }
  }

  @Test
  void conversationsStartedTogetherFallDueAcrossTheWholeWindow() {
    Map<Long, Long> perTenthOfASecond = new TreeMap<>();
    LongStream.rangeClosed(50_001, 60_000)
        .forEach(
            id ->
                perTenthOfASecond.merge(
                    (spread.apply(Duration.ofSeconds(30), id).toMillis() - 30_000) / 100,
                    1L,
                    Long::sum));
    assertThat(perTenthOfASecond).as("1.5 s window in 100 ms slots").hasSize(16);
    assertThat(
            perTenthOfASecond.entrySet().stream()
                .filter(slot -> slot.getKey() < 15)
                .map(Map.Entry::getValue))
        .as("10,000 conversations: about 667 per full slot")
        .allSatisfy(count -> assertThat(count).isBetween(550L, 780L));
  }

  @Test
  void theSameConversationAlwaysGetsTheSameOffset() {
    assertThat(spread.apply(Duration.ofMinutes(1), 42))
        .isEqualTo(spread.apply(Duration.ofMinutes(1), 42));
    long distinct =
        LongStream.rangeClosed(1, 100)
            .mapToObj(id -> spread.apply(Duration.ofMinutes(1), id))
            .distinct()
            .count();
    assertThat(distinct).isGreaterThan(90);
  }

  @Test
  void zeroTurnsTheSpreadOffAndOutOfRangeSettingsAreRejected() {
    assertThat(new TimerSpread(Duration.ZERO).apply(Duration.ofSeconds(30), 7))
        .isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> new TimerSpread(Duration.ofMinutes(2)))
        .hasMessageContaining("PT0S and PT1M");
    assertThatThrownBy(() -> new TimerSpread(Duration.ofSeconds(-1)))
        .hasMessageContaining("PT0S and PT1M");
  }

  @Test
  void theEngineReadsTheMillisecondsOfASpreadDuration() throws Exception {
    Instant start = Instant.parse("2030-01-01T08:00:00Z");
    Duration spreadDuration = spread.apply(Duration.ofSeconds(30), 12_345);
    Date due = new DurationHelper(spreadDuration.toString(), Date.from(start)).getDateAfter();
    assertThat(due.toInstant()).isEqualTo(start.plus(spreadDuration));
    assertThat(spreadDuration.toMillis() % 1000)
        .as("a fractional duration, to show milliseconds survive")
        .isNotZero();
  }
}
