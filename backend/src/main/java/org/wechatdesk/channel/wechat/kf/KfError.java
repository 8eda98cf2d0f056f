package org.wechatdesk.channel.wechat.kf;

import org.wechatdesk.system.ErrorCode;

/** Why a request about customer-service accounts is refused. */
enum KfError implements ErrorCode {
  /** WeChat's rule for a WeChat ID (微信号): 6-20 letters, digits, _ or -, starting with a letter. */
  WECHAT_ID_FORMAT("kf.wechatIdFormat");

  private final String code;

  KfError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
