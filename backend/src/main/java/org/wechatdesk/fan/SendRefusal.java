package org.wechatdesk.fan;

/** Why a customer-service message cannot go to a fan now; the names are codes the UI translates. */
public enum SendRefusal {
  WINDOW_CLOSED(
      "超过 48 小时互动窗口，无法主动发送 / outside WeChat's 48-hour window: the fan has not written recently"),
  QUOTA_SPENT(
      "本窗口的客服消息条数已用完，需等粉丝再次发消息 / the messages WeChat allows in this window are spent: "
          + "wait for the fan to write again"),
  WEB_VISITOR(
      "该访客未经微信授权进入 H5 页面，微信不认识 TA，只能在 H5 会话中回复 / this visitor came to the H5 page "
          + "without WeChat authorization: WeChat does not know them, answer in their H5 conversation");

  private final String message;

  SendRefusal(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
