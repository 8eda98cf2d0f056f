package org.wechatdesk.account;

/**
 * How the account's H5 chat page learns who the visitor is (WeChat's web authorization, 网页授权). Web
 * authorization needs a verified service account with that permission and the desk's domain set as
 * the web-authorization domain in WeChat's back office; without it, the page takes visitors
 * anonymously.
 */
public enum H5Authorization {
  /** H5 access (h5接入): no authorization, the visitor is anonymous to the desk and to WeChat. */
  NONE,
  /** Silent authorization, scope snsapi_base: the visitor's openid, no page shown. */
  BASE,
  /**
   * Authorization with the visitor's consent, scope snsapi_userinfo: openid, nickname and avatar.
   */
  USERINFO
}
