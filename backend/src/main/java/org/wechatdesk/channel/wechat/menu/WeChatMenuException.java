package org.wechatdesk.channel.wechat.menu;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;

/**
 * WeChat refused a menu call or could not be reached; the message names WeChat's errcode for the
 * admin.
 */
class WeChatMenuException extends RuntimeException {

  private WeChatMenuException(String message) {
    super(message);
  }

  static WeChatMenuException of(String call, WxErrorException e) {
    return new WeChatMenuException(
        "WeChat refused "
            + call
            + ": errcode "
            + e.getError().getErrorCode()
            + " "
            + e.getError().getErrorMsg()
            + " / 微信返回错误 "
            + e.getError().getErrorCode()
            + "："
            + e.getError().getErrorMsg());
  }

  static WeChatMenuException unreachable(WxRuntimeException e) {
    String cause = e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage();
    return new WeChatMenuException("Cannot reach WeChat: " + cause + " / 无法连接微信服务器");
  }
}
