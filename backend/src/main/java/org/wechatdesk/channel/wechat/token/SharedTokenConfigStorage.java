package org.wechatdesk.channel.wechat.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * WxJava's configuration for one account with the access token kept in the database instead of in
 * memory, so that all nodes use one token and none invalidates another's by fetching its own. A
 * token counts as expired {@code refreshAhead} before WeChat's expiry, so it is replaced before
 * calls fail.
 */
class SharedTokenConfigStorage extends WxMpDefaultConfigImpl {

  private final transient AccessTokenRepository tokens;
  private final transient Clock clock;
  private final long accountId;
  private final Duration refreshAhead;
  private final transient Lock lock;

  SharedTokenConfigStorage(
      AccessTokenRepository tokens, Clock clock, long accountId, Duration refreshAhead) {
    this.tokens = tokens;
    this.clock = clock;
    this.accountId = accountId;
    this.refreshAhead = refreshAhead;
    this.lock = new DatabaseLeaseLock(tokens, accountId);
  }

  @Override
  public String getAccessToken() {
    return tokens.find(accountId).map(AccessTokenRepository.StoredToken::token).orElse(null);
  }

  @Override
  public boolean isAccessTokenExpired() {
    return tokens.find(accountId).map(this::expiring).orElse(true);
  }

  /**
   * The stored token unless it counts as expired, in one read: each call to WeChat asks, and asking
   * {@link #isAccessTokenExpired} and then {@link #getAccessToken} read the row twice.
   */
  String unexpiredToken() {
    return tokens
        .find(accountId)
        .filter(stored -> !expiring(stored))
        .map(AccessTokenRepository.StoredToken::token)
        .orElse(null);
  }

  private boolean expiring(AccessTokenRepository.StoredToken stored) {
    return stored.expiresAt() == null
        || !clock.instant().plus(refreshAhead).isBefore(stored.expiresAt());
  }

  @Override
  public synchronized void updateAccessToken(WxAccessToken accessToken) {
    updateAccessToken(accessToken.getAccessToken(), accessToken.getExpiresIn());
  }

  @Override
  public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
    Instant expiresAt = clock.instant().plusSeconds(expiresInSeconds);
    tokens.save(accountId, accessToken, expiresAt);
  }

  @Override
  public void expireAccessToken() {
    tokens.expire(accountId);
  }

  @Override
  public Lock getAccessTokenLock() {
    return lock;
  }

  @Override
  public String toString() {
    return "SharedTokenConfigStorage[appId=" + getAppId() + "]";
  }
}
