package org.wechatdesk.account;

/** What an admin enters to bind an account in developer mode. */
public record AccountRequest(
    String name, String originalId, String appId, String appSecret, String token, String encodingAesKey) {

  @Override
  public String toString() {
    return "AccountRequest[appId=" + appId + ", originalId=" + originalId + "]";
  }
}
