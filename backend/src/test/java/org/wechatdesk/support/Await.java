package org.wechatdesk.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for background work (the inbound processor, the outbox) by polling, with a bounded
 * deadline.
 */
public final class Await {

  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private Await() {}

  public static void until(String what, BooleanSupplier condition) {
    until(what, DEADLINE, condition);
  }

  public static void until(String what, Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Timed out after " + limit.toSeconds() + " s waiting until " + what);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
