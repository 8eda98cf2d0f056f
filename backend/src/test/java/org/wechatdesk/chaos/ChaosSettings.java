package org.wechatdesk.chaos;

import java.time.Duration;

/**
 * How long and how hard a run pushes, from system properties: {@code desk.chaos.duration}
 * (ISO-8601, PT1M by default), {@code desk.chaos.fans} (by default 300, and 50 more for each minute
 * after the first), {@code desk.chaos.agents} and {@code desk.chaos.seed} (random unless given:
 * every run prints its seed, and the same seed replays the same load and faults at the same
 * moments).
 */
record ChaosSettings(Duration duration, int fans, int agents, long seed) {

  /** Each fan writes this many texts, a few seconds apart. */
  static final int TEXTS_PER_FAN = 3;

  static ChaosSettings fromSystemProperties() {
    Duration duration = Duration.parse(System.getProperty("desk.chaos.duration", "PT1M"));
    // 300 fans in the first minute, 50 more a minute after it: the outbox (2 threads a node, 300 ms
    // a send)
    // must keep up with the automatic texts for every message to be settled by the end.
    int defaultFans = (int) Math.min(1500, 300 + 50 * Math.max(0, duration.toMinutes() - 1));
    int fans = Integer.getInteger("desk.chaos.fans", defaultFans);
    int agents = Integer.getInteger("desk.chaos.agents", 8);
    String seed = System.getProperty("desk.chaos.seed", "");
    return new ChaosSettings(
        duration, fans, agents, seed.isBlank() ? System.nanoTime() : Long.parseLong(seed));
  }
}
