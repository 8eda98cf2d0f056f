package org.wechatdesk.conversation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Spreads timers that would fall due at the same moment. Conversations started together (after a
 * broadcast, or when WeChat delivers a backlog) would otherwise have every idle timer due in the
 * same second, and the job executor would serve them late in one burst. Each conversation's
 * durations are moved later by its own offset of up to {@value #SHARE_PERCENT}% of the duration and
 * at most {@code desk.conversation.timer-spread}; the offset is fixed per conversation, so its
 * timers keep their order and the same duration always comes out the same.
 */
@Component
class TimerSpread {

  static final int SHARE_PERCENT = 5;
  private static final Duration MAX_SETTING = Duration.ofMinutes(1);

  /** Fibonacci hashing: neighbouring conversation ids get offsets far apart in the window. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final Duration max;

  TimerSpread(@Value("${desk.conversation.timer-spread:PT10S}") Duration max) {
    if (max.isNegative() || max.compareTo(MAX_SETTING) > 0) {
      throw new IllegalArgumentException(
          "desk.conversation.timer-spread must be between PT0S and PT1M, was " + max);
    }
    this.max = max;
  }

  Duration apply(Duration configured, long conversationId) {
    long window = Math.min(max.toMillis(), configured.toMillis() * SHARE_PERCENT / 100);
    if (window <= 0) {
      return configured;
    }
    long offset = Math.floorMod((conversationId * GOLDEN) >>> 11, window + 1);
    return configured.plusMillis(offset);
  }
}
