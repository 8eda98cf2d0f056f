package org.wechatdesk.channel.wechat.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/** WeChat's push signatures: sha1 of the sorted, concatenated parts. */
public final class PushSignature {

  private PushSignature() {}

  /** {@code signature} of the URL handshake: parts are token, timestamp and nonce. */
  public static String of(String... parts) {
    String[] sorted = parts.clone();
    Arrays.sort(sorted);
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of()
          .formatHex(sha1.digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
    }
  }

  /** Compares in constant time so that the check leaks nothing about the expected value. */
  public static boolean matches(String expected, String given) {
    if (given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII),
        given.toLowerCase().getBytes(StandardCharsets.US_ASCII));
  }
}
