package org.wechatdesk.standin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The apps WeChat knows (appid and AppSecret) and the access tokens it issued, with WeChat's rules:
 * a token lives 7200 s; a new token from {@code /cgi-bin/token} leaves the previous one five more
 * minutes; {@code stable_token} hands out the same token until it expires or a forced refresh,
 * which gives the old one the same five minutes.
 */
final class AccessTokens {

  static final Duration LIFETIME = Duration.ofSeconds(7200);
  static final Duration OVERLAP = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();
  private final Map<String, String> latest = new ConcurrentHashMap<>();
  private final Map<String, String> stable = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  AccessTokens(Clock clock) {
    this.clock = clock;
  }

  void register(String appId, String secret) {
    secrets.put(appId, secret);
  }

  boolean knows(String appId) {
    return secrets.containsKey(appId);
  }

  /** Refuses unless the appid is known and the secret is its AppSecret. */
  void checkCredentials(String appId, String secret) {
    if (appId.isEmpty()) {
      throw new Refusal(WeChatError.APPID_MISSING);
    }
    if (!knows(appId)) {
      throw new Refusal(WeChatError.INVALID_APPID);
    }
    if (secret.isEmpty()) {
      throw new Refusal(WeChatError.APPSECRET_MISSING);
    }
    if (!secret.equals(secrets.get(appId))) {
      throw new Refusal(WeChatError.INVALID_APPSECRET);
    }
  }

  /** {@code /cgi-bin/token}: always a new token. */
  synchronized Token issue(String appId) {
    Token token = newToken(appId);
    String previous = latest.put(appId, token.value());
    if (previous != null) {
      supersede(previous);
    }
    return token;
  }

  /** {@code stable_token}: the app's current stable token while it lives, unless forced. */
  synchronized Token stable(String appId, boolean forceRefresh) {
    Token current = stable.containsKey(appId) ? tokens.get(stable.get(appId)) : null;
    if (current != null && !forceRefresh && current.validAt(clock.instant())) {
      return current;
    }
    Token token = newToken(appId);
    stable.put(appId, token.value());
    if (current != null) {
      supersede(current.value());
    }
    return token;
  }

  /** The app the token was issued to; refuses a missing, unknown, replaced or expired token. */
  String appOf(String accessToken) {
    if (accessToken.isEmpty()) {
      throw new Refusal(WeChatError.ACCESS_TOKEN_MISSING);
    }
    Token token = tokens.get(accessToken);
    Instant now = clock.instant();
    if (token == null || token.replacedAt(now)) {
      throw new Refusal(WeChatError.INVALID_CREDENTIAL);
    }
    if (!now.isBefore(token.expiresAt())) {
      throw new Refusal(WeChatError.ACCESS_TOKEN_EXPIRED);
    }
    return token.appId();
  }

  /** Every token issued so far stops working at once, as when an admin resets the AppSecret. */
  synchronized void revokeAll() {
    Instant now = clock.instant();
    tokens.replaceAll((value, token) -> token.invalidFrom(now));
    latest.clear();
    stable.clear();
  }

  long secondsLeft(Token token) {
    return Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
  }

  private Token newToken(String appId) {
    Token token =
        new Token(
            "TOKEN_" + appId + "_" + counter.incrementAndGet(),
            appId,
            clock.instant().plus(LIFETIME),
            null);
    tokens.put(token.value(), token);
    return token;
  }

  private void supersede(String value) {
    Instant end = clock.instant().plus(OVERLAP);
    tokens.computeIfPresent(value, (v, token) -> token.invalidFrom(end));
  }

  record Token(String value, String appId, Instant expiresAt, Instant invalidFrom) {

    boolean replacedAt(Instant now) {
      return invalidFrom != null && !now.isBefore(invalidFrom);
    }

    boolean validAt(Instant now) {
      return !replacedAt(now) && now.isBefore(expiresAt);
    }

    Token invalidFrom(Instant when) {
      return new Token(
          value,
          appId,
          expiresAt,
          invalidFrom == null || when.isBefore(invalidFrom) ? when : invalidFrom);
    }
  }
}
