package org.wechatdesk.channel.wechat.inbound;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.crypto.PushSignature;

/**
 * One push as WeChat builds it in safe mode, stage by stage (message XML, plaintext, ciphertext,
 * base64, signature, envelope, body, query), with a mutation hooked into any stage. Every later
 * stage is built from the mutated value, so a mutated message is still encrypted and signed
 * correctly and reaches the parser. The AES is done here, not by the desk's {@code PushCipher}, so
 * that plaintexts the desk would never build (wrong length fields, padding, appids) can be sent.
 */
final class FuzzedPush {

  enum Expect {
    /** Answered {@code success} and stored once. */
    ACCEPT,
    /** Answered {@code success}, stored before: nothing new is stored. */
    DUPLICATE,
    /** Refused with a 4xx, nothing stored. */
    REFUSE,
    /** Either accepted and stored once, or refused with a 4xx and nothing stored. */
    ANY
  }

  record Request(String description, Expect expect, String query, byte[] body, String storedXml) {}

  private final OfficialAccount account;
  String description;
  Expect expect = Expect.ACCEPT;
  String messageXml;
  String plaintextAppId;
  UnaryOperator<byte[]> plaintext = UnaryOperator.identity();
  UnaryOperator<byte[]> ciphertext = UnaryOperator.identity();
  UnaryOperator<String> encrypt = UnaryOperator.identity();
  UnaryOperator<String> envelope = UnaryOperator.identity();
  UnaryOperator<byte[]> body = UnaryOperator.identity();
  UnaryOperator<List<String[]>> query = UnaryOperator.identity();
  String timestamp;
  String nonce;
  String signingToken;

  /**
   * Set when the mutation changes the stored message in a way the test cannot predict (damaged
   * bytes).
   */
  boolean storedXmlUnknown;

  /** Set when the message's bytes are not the UTF-8 of {@link #messageXml}. */
  byte[] messageBytes;

  FuzzedPush(
      OfficialAccount account, String description, String messageXml, long now, String nonce) {
    this.account = account;
    this.description = description;
    this.messageXml = messageXml;
    this.plaintextAppId = account.appId();
    this.timestamp = Long.toString(now);
    this.nonce = nonce;
    this.signingToken = account.token();
  }

  static byte[] plaintext(byte[] randomPrefix, byte[] message, byte[] appId) {
    return ByteBuffer.allocate(randomPrefix.length + 4 + message.length + appId.length)
        .put(randomPrefix)
        .putInt(message.length)
        .put(message)
        .put(appId)
        .array();
  }

  /** WeChat's padding: PKCS#7 to a multiple of 32 bytes. */
  static byte[] padded(byte[] plain) {
    int pad = 32 - plain.length % 32;
    byte[] out = Arrays.copyOf(plain, plain.length + pad);
    Arrays.fill(out, plain.length, out.length, (byte) pad);
    return out;
  }

  Request build() {
    byte[] message =
        messageBytes != null ? messageBytes : messageXml.getBytes(StandardCharsets.UTF_8);
    byte[] prefix = "fuzzfuzzfuzzfuzz".getBytes(StandardCharsets.US_ASCII);
    byte[] plain =
        plaintext.apply(
            padded(plaintext(prefix, message, plaintextAppId.getBytes(StandardCharsets.UTF_8))));
    String encrypted =
        encrypt.apply(Base64.getEncoder().encodeToString(ciphertext.apply(aes(plain))));
    String signature = PushSignature.of(signingToken, timestamp, nonce, encrypted);
    String xml =
        envelope.apply(
            "<xml><ToUserName><![CDATA["
                + account.originalId()
                + "]]></ToUserName><Encrypt><![CDATA["
                + encrypted
                + "]]></Encrypt></xml>");
    List<String[]> params =
        new ArrayList<>(
            List.of(
                new String[] {"signature", PushSignature.of(signingToken, timestamp, nonce)},
                new String[] {"timestamp", timestamp},
                new String[] {"nonce", nonce},
                new String[] {"openid", "o_fuzz"},
                new String[] {"encrypt_type", "aes"},
                new String[] {"msg_signature", signature}));
    String queryString =
        query.apply(params).stream()
            .map(p -> p[0] + "=" + URLEncoder.encode(p[1], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String stored = storedXmlUnknown ? null : new String(message, StandardCharsets.UTF_8);
    return new Request(
        description, expect, queryString, body.apply(xml.getBytes(StandardCharsets.UTF_8)), stored);
  }

  private byte[] aes(byte[] plain) {
    try {
      byte[] key = Base64.getDecoder().decode(account.encodingAesKey() + "=");
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE,
          new SecretKeySpec(key, "AES"),
          new IvParameterSpec(Arrays.copyOf(key, 16)));
      // NoPadding needs whole AES blocks: a plaintext mutated to another length is completed with
      // zeros.
      return cipher.doFinal(Arrays.copyOf(plain, (plain.length + 15) / 16 * 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
