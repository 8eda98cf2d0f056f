package org.wechatdesk.channel.wechat.component;

/**
 * The third-party platform's credentials, decrypted. Never serialised to clients ({@link
 * ComponentView} is); {@link #toString()} leaves the secrets out.
 */
public record ComponentSettings(
    String appId, String appSecret, String token, String encodingAesKey) {

  @Override
  public String toString() {
    return "ComponentSettings[appId=" + appId + "]";
  }
}
