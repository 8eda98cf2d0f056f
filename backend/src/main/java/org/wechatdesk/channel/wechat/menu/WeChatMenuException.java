package org.wechatdesk.channel.wechat.menu;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ApiException;
import org.wechatdesk.system.RequestError;

/** WeChat refused a menu call or could not be reached; WeChat's errcode tells the admin why. */
class WeChatMenuException extends ApiException {

  private WeChatMenuException(ApiError error) {
    super(error);
  }

  static WeChatMenuException of(String call, WxErrorException e) {
    return new WeChatMenuException(
        ApiError.of(
            RequestError.WECHAT_REFUSED,
            "call",
            call,
            "errcode",
            e.getError().getErrorCode(),
            "errmsg",
            e.getError().getErrorMsg()));
  }

  static WeChatMenuException unreachable(WxRuntimeException e) {
    String cause = e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage();
    return new WeChatMenuException(ApiError.of(RequestError.WECHAT_UNREACHABLE, "detail", cause));
  }
}
