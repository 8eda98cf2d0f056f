package org.wechatdesk.demo;

import org.wechatdesk.system.ErrorCode;

/** Why a request of the demo's fan simulator or WeChat stand-in is refused. */
enum DemoError implements ErrorCode {
  /** 1-64 letters, digits, _ or -. */
  OPENID_FORMAT("demo.openidFormat"),
  /** Param {@code id}. */
  MEDIA_NOT_FOUND("demo.mediaNotFound");

  private final String code;

  DemoError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
