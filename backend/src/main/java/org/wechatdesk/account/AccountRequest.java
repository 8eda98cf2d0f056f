package org.wechatdesk.account;

import org.springframework.lang.Nullable;

/**
 * What an admin enters to bind an account in developer mode; the H5 page's authorization may be
 * left out.
 */
public record AccountRequest(
    String name,
    String originalId,
    String appId,
    String appSecret,
    String token,
    String encodingAesKey,
    @Nullable H5Authorization h5Authorization) {

  public AccountRequest(
      String name,
      String originalId,
      String appId,
      String appSecret,
      String token,
      String encodingAesKey) {
    this(name, originalId, appId, appSecret, token, encodingAesKey, null);
  }

  /**
   * Silent authorization by default: it shows the visitor nothing and gives the desk the fan's
   * openid.
   */
  H5Authorization h5AuthorizationOrDefault() {
    return h5Authorization == null ? H5Authorization.BASE : h5Authorization;
  }

  @Override
  public String toString() {
    return "AccountRequest[appId=" + appId + ", originalId=" + originalId + "]";
  }
}
