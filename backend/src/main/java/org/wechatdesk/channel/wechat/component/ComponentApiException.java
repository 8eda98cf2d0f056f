package org.wechatdesk.channel.wechat.component;

/** WeChat refused a call of the open platform's API (errcode), or could not be reached (-2). */
public class ComponentApiException extends RuntimeException {

  static final int UNREACHABLE = -2;

  private final int errcode;

  ComponentApiException(int errcode, String message) {
    super("WeChat error " + errcode + ": " + message);
    this.errcode = errcode;
  }

  public int errcode() {
    return errcode;
  }
}
