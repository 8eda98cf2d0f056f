package org.wechatdesk.account;

import org.springframework.lang.Nullable;

/**
 * What an admin may change on a bound account. The AppSecret and Token are write-only: left empty,
 * the stored one is kept.
 */
public record AccountEdit(String name, @Nullable String appSecret, @Nullable String token) {

  boolean changesAppSecret() {
    return appSecret != null && !appSecret.isEmpty();
  }

  boolean changesToken() {
    return token != null && !token.isEmpty();
  }

  @Override
  public String toString() {
    return "AccountEdit[name=" + name + "]";
  }
}
