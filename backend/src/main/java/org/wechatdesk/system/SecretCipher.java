package org.wechatdesk.system;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets kept in the database (AppSecret, EncodingAESKey, access tokens) with
 * AES-256-GCM. Stored form: base64(12-byte nonce || ciphertext+tag). The key comes from
 * configuration only.
 */
public class SecretCipher {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  /**
   * How many opened values are remembered. Every account read opens its five secrets and every send
   * reads its account: opening each again was a few percent of a conversation's CPU.
   */
  private static final int REMEMBERED = 256;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, String> opened = new ConcurrentHashMap<>();

  public SecretCipher(byte[] keyBytes) {
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException(
          "The secrets key must be 32 bytes (base64 of 32 random bytes)");
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
  }

  /**
   * A cipher for one purpose, whose key is derived from this one (HKDF-Expand with SHA-256, the
   * purpose as info): what it seals cannot be opened with the secrets key, nor the other way round,
   * and a leak of one derived key tells nothing of the secrets key.
   */
  public SecretCipher derive(String purpose) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
      hmac.update(purpose.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 1);
      return new SecretCipher(hmac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Deriving a key failed", e);
    }
  }

  public String encrypt(String plaintext) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder()
          .encodeToString(
              ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Encrypting a secret failed", e);
    }
  }

  /**
   * Remembered by the exact stored text, which only a successful opening adds: a changed text is
   * opened, and checked, again.
   */
  public String decrypt(String stored) {
    String known = opened.get(stored);
    if (known != null) {
      return known;
    }
    String plain = open(stored);
    if (opened.size() >= REMEMBERED) {
      opened.clear();
    }
    opened.put(stored, plain);
    return plain;
  }

  private String open(String stored) {
    try {
      byte[] all = Base64.getDecoder().decode(stored);
      if (all.length < NONCE_BYTES + TAG_BITS / 8) {
        // Shorter than a nonce and a tag: not something this cipher wrote. GCM would throw a
        // ProviderException.
        throw new IllegalArgumentException("too short to be sealed");
      }
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored secret cannot be decrypted: is desk.secrets.key the one it was written with?",
          e);
    }
  }
}
