package org.wechatdesk.standin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What web authorization (网页授权) hands out: a code per consent, single-use and good for five
 * minutes, and the web access token it is exchanged for, good for 7200 s.
 */
final class WebGrants {

  static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

  private final Clock clock;
  private final Map<String, Pending> codes = new ConcurrentHashMap<>();
  private final Set<String> usedCodes = ConcurrentHashMap.newKeySet();
  private final Map<String, Pending> tokens = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private volatile Visitor visitor;

  WebGrants(Clock clock) {
    this.clock = clock;
  }

  void visitorIs(Visitor visitor) {
    this.visitor = visitor;
  }

  Optional<Visitor> visitor() {
    return Optional.ofNullable(visitor);
  }

  String issueCode(Grant grant) {
    String code = "code" + counter.incrementAndGet();
    codes.put(code, new Pending(grant, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** The grant behind the code, once: a second use is 40163, an unknown or stale code 40029. */
  Grant redeem(String appId, String code) {
    Pending pending = codes.remove(code);
    if (pending == null) {
      throw new Refusal(
          usedCodes.contains(code) ? WeChatError.CODE_BEEN_USED : WeChatError.INVALID_CODE);
    }
    usedCodes.add(code);
    if (!pending.grant().appId().equals(appId) || !clock.instant().isBefore(pending.until())) {
      throw new Refusal(WeChatError.INVALID_CODE);
    }
    return pending.grant();
  }

  String issueToken(Grant grant) {
    String token = "web-token-" + counter.incrementAndGet();
    tokens.put(token, new Pending(grant, clock.instant().plus(AccessTokens.LIFETIME)));
    return token;
  }

  Grant grantOf(String webToken) {
    if (webToken.isEmpty()) {
      throw new Refusal(WeChatError.ACCESS_TOKEN_MISSING);
    }
    Pending pending = tokens.get(webToken);
    if (pending == null) {
      throw new Refusal(WeChatError.INVALID_CREDENTIAL);
    }
    if (!clock.instant().isBefore(pending.until())) {
      throw new Refusal(WeChatError.ACCESS_TOKEN_EXPIRED);
    }
    return pending.grant();
  }

  /** Who WeChat's page says the visitor is; a snapshot visitor is WeChat's preview (快照页). */
  record Visitor(String openid, boolean snapshot) {}

  record Grant(String appId, String openid, String scope, boolean snapshot) {}

  private record Pending(Grant grant, Instant until) {}
}
