package org.wechatdesk.system;

import java.util.regex.Pattern;

/**
 * Characters that change how a text shows without being seen themselves: C0 and C1 controls other
 * than tab, line feed and carriage return; the bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), with which "rtl\u202Egnp.exe" shows as "rtlexe.png"; and U+FFFE
 * and U+FFFF, which XML cannot carry.
 */
public final class VisibleText {

  private static final Pattern HIDDEN =
      Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\uFFFE\\uFFFF]");

  private VisibleText() {}

  public static boolean hasHidden(String text) {
    return text != null && HIDDEN.matcher(text).find();
  }

  /** The text without those characters; null stays null. */
  public static String strip(String text) {
    return text == null ? null : HIDDEN.matcher(text).replaceAll("");
  }
}
