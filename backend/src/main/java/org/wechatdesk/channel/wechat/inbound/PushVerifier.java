package org.wechatdesk.channel.wechat.inbound;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushDecryptionException;
import org.wechatdesk.channel.wechat.crypto.PushSignature;

/**
 * The checks a safe-mode push must pass, in this order: the message signature (before any
 * decryption), the timestamp window, decryption with the current or the previous EncodingAESKey,
 * the appid inside the plaintext, and the plaintext's receiver ({@code ToUserName}), which must be
 * the account's original id. The URL handshake passes the same signature and timestamp checks. A
 * Token changed in the desk is not yet in WeChat's console: the previous one signs until it is.
 */
@Component
public class PushVerifier {

  private final Clock clock;
  private final Duration maxClockSkew;

  PushVerifier(Clock clock, WeChatProperties properties) {
    this.clock = clock;
    this.maxClockSkew = properties.push().maxClockSkew();
  }

  /** Returns which Token signed the handshake. */
  public SignedWith checkHandshake(
      OfficialAccount account, String signature, String timestamp, String nonce) {
    if (signature == null || timestamp == null || nonce == null) {
      throw new PushRejectedException(HttpStatus.FORBIDDEN, "invalid signature");
    }
    SignedWith signedWith =
        signedWith(
                PushKeys.of(account), token -> PushSignature.of(token, timestamp, nonce), signature)
            .orElseThrow(
                () -> new PushRejectedException(HttpStatus.FORBIDDEN, "invalid signature"));
    checkFresh(timestamp);
    return signedWith;
  }

  /**
   * The current Token, or the previous one while WeChat's console still has it after a change in
   * the desk.
   */
  private static Optional<SignedWith> signedWith(
      PushKeys keys, Function<String, String> expected, String signature) {
    if (PushSignature.matches(expected.apply(keys.token()), signature)) {
      return Optional.of(SignedWith.CURRENT_TOKEN);
    }
    if (keys.previousToken() != null
        && PushSignature.matches(expected.apply(keys.previousToken()), signature)) {
      return Optional.of(SignedWith.PREVIOUS_TOKEN);
    }
    return Optional.empty();
  }

  /** Returns the decrypted inner XML of a verified push, and the message it holds. */
  public VerifiedPush open(OfficialAccount account, SafeModeParams params, String body) {
    return open(PushKeys.of(account), account.originalId(), params, body);
  }

  /**
   * A push signed and encrypted with these keys, whose plaintext must be addressed to {@code
   * receiver}: an account bound through the third-party platform has its pushes sealed with the
   * platform's keys.
   */
  public VerifiedPush open(PushKeys keys, String receiver, SafeModeParams params, String body) {
    Envelope envelope = openEnvelope(keys, params, body);
    PushMessage message = PushMessage.parse(envelope.xml());
    if (!receiver.equals(message.toUser())) {
      throw new PushRejectedException(
          HttpStatus.FORBIDDEN, "the plaintext is addressed to another account (ToUserName)");
    }
    return new VerifiedPush(envelope.xml(), message, envelope.signedWith());
  }

  /** The decrypted XML of a verified push that is not a fan's message (the platform's events). */
  public Envelope openEnvelope(PushKeys keys, SafeModeParams params, String body) {
    if (!"aes".equalsIgnoreCase(params.encryptType())) {
      throw new PushRejectedException(
          HttpStatus.BAD_REQUEST, "only safe mode (encrypt_type=aes) is accepted");
    }
    if (params.msgSignature() == null || params.timestamp() == null || params.nonce() == null) {
      throw new PushRejectedException(
          HttpStatus.FORBIDDEN, "msg_signature, timestamp or nonce missing");
    }
    Map<String, String> envelope = SafeXml.parseFields(body);
    String encrypted = envelope.get("Encrypt");
    if (encrypted == null || encrypted.isBlank()) {
      throw new MalformedPushException("Encrypt is missing");
    }
    SignedWith signedWith =
        signedWith(
                keys,
                token -> PushSignature.of(token, params.timestamp(), params.nonce(), encrypted),
                params.msgSignature())
            .orElseThrow(
                () ->
                    new PushRejectedException(
                        HttpStatus.FORBIDDEN, "msg_signature does not match"));
    checkFresh(params.timestamp());
    return new Envelope(decrypt(keys, encrypted), signedWith);
  }

  private static String decrypt(PushKeys keys, String encrypted) {
    try {
      return openWith(keys.encodingAesKey(), keys.appId(), encrypted);
    } catch (PushRejectedException withCurrentKey) {
      if (keys.previousEncodingAesKey() == null) {
        throw withCurrentKey;
      }
      try {
        return openWith(keys.previousEncodingAesKey(), keys.appId(), encrypted);
      } catch (PushRejectedException withPreviousKey) {
        throw withCurrentKey;
      }
    }
  }

  private void checkFresh(String timestamp) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new PushRejectedException(HttpStatus.BAD_REQUEST, "timestamp is not a number");
    }
    long now = clock.instant().getEpochSecond();
    // Compared as seconds: any long is a valid timestamp here, none is too large for an Instant.
    if (seconds < now - maxClockSkew.toSeconds() || seconds > now + maxClockSkew.toSeconds()) {
      throw new PushRejectedException(
          HttpStatus.FORBIDDEN, "timestamp outside the accepted window");
    }
  }

  private static String openWith(String encodingAesKey, String appId, String encrypted) {
    PushCipher.Decrypted decrypted;
    try {
      decrypted = new PushCipher(encodingAesKey).decrypt(encrypted);
    } catch (PushDecryptionException e) {
      throw new PushRejectedException(
          HttpStatus.BAD_REQUEST, "ciphertext rejected: " + e.getMessage());
    }
    if (!appId.equals(decrypted.appId())) {
      throw new PushRejectedException(HttpStatus.FORBIDDEN, "the plaintext names another appid");
    }
    return decrypted.message();
  }

  public record SafeModeParams(
      String msgSignature, String timestamp, String nonce, String encryptType) {}

  /**
   * The keys a push is checked with; {@code appId} is the one WeChat seals into the ciphertext (the
   * account's, or the platform's for its own events and its authorized accounts' pushes).
   */
  public record PushKeys(
      String appId,
      String token,
      String previousToken,
      String encodingAesKey,
      String previousEncodingAesKey) {

    static PushKeys of(OfficialAccount account) {
      return new PushKeys(
          account.appId(),
          account.token(),
          account.previousToken(),
          account.encodingAesKey(),
          account.previousEncodingAesKey());
    }

    @Override
    public String toString() {
      return "PushKeys[appId=" + appId + "]";
    }
  }

  public record Envelope(String xml, SignedWith signedWith) {}

  public record VerifiedPush(String xml, PushMessage message, SignedWith signedWith) {}

  public enum SignedWith {
    CURRENT_TOKEN,
    PREVIOUS_TOKEN
  }
}
