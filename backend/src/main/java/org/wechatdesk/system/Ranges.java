package org.wechatdesk.system;

import java.time.Duration;

/**
 * Checks of configuration values against their allowed ranges; a value out of range stops the
 * start.
 */
public final class Ranges {

  private Ranges() {}

  public static void requireBetween(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  public static void requireBetween(String name, Duration value, Duration min, Duration max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }
}
