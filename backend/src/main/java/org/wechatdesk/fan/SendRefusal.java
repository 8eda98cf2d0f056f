package org.wechatdesk.fan;

import org.wechatdesk.system.ErrorCode;

/**
 * Why a customer-service message cannot go to a fan now: the names are the values of the fan list's
 * {@code sendRefusal}, the codes those of the API's refusal.
 */
public enum SendRefusal implements ErrorCode {
  WINDOW_CLOSED("fan.windowClosed"),
  QUOTA_SPENT("fan.quotaSpent"),
  /**
   * The visitor came to the H5 page without WeChat authorization: WeChat does not know them, so
   * they are answered in their H5 conversation only.
   */
  WEB_VISITOR("fan.webVisitor");

  private final String code;

  SendRefusal(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
