package org.wechatdesk.channel.wechat.component;

import org.springframework.lang.Nullable;

/**
 * The platform's settings as the admin saves them; an empty or missing AppSecret keeps the stored
 * one, so the admin need not type it again to change the Token. Its toString leaves secrets out.
 */
public record ComponentRequest(
    String appId, @Nullable String appSecret, String token, String encodingAesKey) {

  boolean keepsAppSecret() {
    return appSecret == null || appSecret.isEmpty();
  }

  @Override
  public String toString() {
    return "ComponentRequest[appId=" + appId + "]";
  }
}
