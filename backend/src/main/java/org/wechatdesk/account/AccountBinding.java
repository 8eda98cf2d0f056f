package org.wechatdesk.account;

/** How an account was bound; see the V71 migration. */
public enum AccountBinding {
  /** AppSecret, Token and EncodingAESKey typed into the desk (开发者方式). */
  DEVELOPER,
  /** Authorized by its admin through the desk's third-party platform (扫码授权). */
  COMPONENT
}
