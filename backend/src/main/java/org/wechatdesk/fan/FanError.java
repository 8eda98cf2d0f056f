package org.wechatdesk.fan;

import org.wechatdesk.system.ErrorCode;

/** Why a request about fans and their tags is refused. */
public enum FanError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("fan.notFound"),
  TAG_EXISTS("fan.tagExists"),
  /** Param {@code max}: WeChat's limit per account. */
  TOO_MANY_ACCOUNT_TAGS("fan.tooManyAccountTags"),
  /** Param {@code max}: WeChat's limit per fan. */
  TOO_MANY_FAN_TAGS("fan.tooManyFanTags");

  private final String code;

  FanError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
