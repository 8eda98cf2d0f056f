package org.wechatdesk.channel.wechat.token;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpConfigStorage;

/**
 * WxJava's client with one change: after taking the refresh lock it looks at the token again and
 * uses the one another node stored while it waited. WxJava itself fetches once it holds the lock,
 * so every waiting node would fetch a new token and invalidate the one before.
 */
class SharedTokenMpService extends WxMpServiceImpl {

  private static final long LOCK_WAIT_SECONDS = 10;

  @Override
  public String getAccessToken(boolean forceRefresh) throws WxErrorException {
    WxMpConfigStorage config = getWxMpConfigStorage();
    if (!forceRefresh) {
      String unexpired =
          config instanceof SharedTokenConfigStorage shared
              ? shared.unexpiredToken()
              : config.isAccessTokenExpired() ? null : config.getAccessToken();
      if (unexpired != null) {
        return unexpired;
      }
    }
    String tokenBefore = config.getAccessToken();
    Lock lock = config.getAccessTokenLock();
    if (!tryLock(lock)) {
      throw new WxRuntimeException("timed out waiting for another node's token refresh");
    }
    try {
      String current = config.getAccessToken();
      boolean refreshedMeanwhile = current != null && !Objects.equals(current, tokenBefore);
      if (!config.isAccessTokenExpired() && (!forceRefresh || refreshedMeanwhile)) {
        return current;
      }
      return fetch(forceRefresh);
    } catch (IOException e) {
      throw new WxRuntimeException(e);
    } finally {
      lock.unlock();
    }
  }

  /** Gets a new token from WeChat and stores it; called under the refresh lock. */
  protected String fetch(boolean forceRefresh) throws IOException, WxErrorException {
    String response =
        getWxMpConfigStorage().isStableAccessToken()
            ? doGetStableAccessTokenRequest(forceRefresh)
            : doGetAccessTokenRequest();
    return extractAccessToken(response);
  }

  private static boolean tryLock(Lock lock) {
    try {
      return lock.tryLock(LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WxRuntimeException(e);
    }
  }
}
