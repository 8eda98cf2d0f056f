package org.wechatdesk.channel.wechat.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's safe-mode message encryption. AES-256-CBC with the key decoded from the 43-character
 * EncodingAESKey and the IV taken from its first 16 bytes; the plaintext is 16 random bytes, a
 * 4-byte big-endian length, the message and the appid, padded PKCS#7-style to a multiple of 32
 * bytes (not the cipher's 16, so the JDK's own padding cannot be used).
 */
public final class PushCipher {

  private static final int BLOCK = 32;
  private static final int RANDOM_PREFIX = 16;

  private final SecretKeySpec key;
  private final IvParameterSpec iv;
  private final SecureRandom random = new SecureRandom();

  public PushCipher(String encodingAesKey) {
    byte[] keyBytes = Base64.getDecoder().decode(encodingAesKey + "=");
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException("EncodingAESKey must decode to 32 bytes");
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
    this.iv = new IvParameterSpec(Arrays.copyOfRange(keyBytes, 0, 16));
  }

  public String encrypt(String message, String appId) {
    byte[] prefix = new byte[RANDOM_PREFIX];
    random.nextBytes(prefix);
    return encrypt(message, appId, prefix);
  }

  /** The random prefix is a parameter only so that WeChat's published vectors can be reproduced. */
  public String encrypt(String message, String appId, byte[] randomPrefix) {
    byte[] body = message.getBytes(StandardCharsets.UTF_8);
    byte[] app = appId.getBytes(StandardCharsets.UTF_8);
    int unpadded = RANDOM_PREFIX + 4 + body.length + app.length;
    int pad = BLOCK - (unpadded % BLOCK);
    ByteBuffer plain =
        ByteBuffer.allocate(unpadded + pad)
            .put(randomPrefix, 0, RANDOM_PREFIX)
            .putInt(body.length)
            .put(body)
            .put(app);
    while (plain.hasRemaining()) {
      plain.put((byte) pad);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, iv);
      return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES is part of every Java runtime", e);
    }
  }

  /**
   * Returns the message and the appid found after it; throws {@link PushDecryptionException} on any
   * damage.
   */
  public Decrypted decrypt(String encrypted) {
    byte[] plain;
    try {
      byte[] sealed = Base64.getDecoder().decode(encrypted);
      if (sealed.length == 0 || sealed.length % 16 != 0) {
        throw new PushDecryptionException("ciphertext length is not a multiple of the AES block");
      }
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, iv);
      plain = cipher.doFinal(sealed);
    } catch (IllegalArgumentException e) {
      throw new PushDecryptionException("ciphertext is not base64");
    } catch (GeneralSecurityException e) {
      throw new PushDecryptionException("AES decryption failed");
    }
    int pad = plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      throw new PushDecryptionException("invalid padding");
    }
    for (int i = plain.length - pad; i < plain.length; i++) {
      if ((plain[i] & 0xff) != pad) {
        throw new PushDecryptionException("invalid padding");
      }
    }
    int contentEnd = plain.length - pad;
    if (contentEnd < RANDOM_PREFIX + 4) {
      throw new PushDecryptionException("plaintext too short");
    }
    int length = ByteBuffer.wrap(plain, RANDOM_PREFIX, 4).getInt();
    int messageStart = RANDOM_PREFIX + 4;
    if (length < 0 || length > contentEnd - messageStart) {
      throw new PushDecryptionException("declared length exceeds the plaintext");
    }
    String message = new String(plain, messageStart, length, StandardCharsets.UTF_8);
    String appId =
        new String(
            plain,
            messageStart + length,
            contentEnd - messageStart - length,
            StandardCharsets.UTF_8);
    return new Decrypted(message, appId);
  }

  public record Decrypted(String message, String appId) {}
}
