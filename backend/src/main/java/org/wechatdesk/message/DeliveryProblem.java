package org.wechatdesk.message;

import org.wechatdesk.system.ErrorCode;

/**
 * Why a message was not delivered, stored with the message as a stable code ({@code error_reason})
 * and worded by the frontend in the agent's language. The channel's own error number, where it gave
 * one, is stored beside it ({@code error_code}).
 */
public enum DeliveryProblem implements ErrorCode {
  /** The fan has not written within WeChat's 48 hours (45015). */
  WINDOW_CLOSED("delivery.windowClosed"),
  /** Not sent because WeChat had already answered 45015 for this fan. */
  WINDOW_CLOSED_BEFORE("delivery.windowClosedBefore"),
  QUOTA_SPENT("delivery.quotaSpent"),
  INVALID_OPENID("delivery.invalidOpenid"),
  UNFOLLOWED("delivery.unfollowed"),
  NO_API_PERMISSION("delivery.noApiPermission"),
  INVALID_APP_SECRET("delivery.invalidAppSecret"),
  INVALID_APP_ID("delivery.invalidAppId"),
  INVALID_MEDIA("delivery.invalidMedia"),
  DAILY_LIMIT("delivery.dailyLimit"),
  RATE_LIMIT("delivery.rateLimit"),
  TOKEN_REJECTED("delivery.tokenRejected"),
  TOKEN_EXPIRED("delivery.tokenExpired"),
  /** WeChat answered -1 and sent nothing. */
  CHANNEL_BUSY("delivery.channelBusy"),
  /** An automatic text held back: the fan's last message of the window is kept for the agent. */
  QUOTA_KEPT_FOR_AGENT("delivery.quotaKeptForAgent"),
  /** An error number the desk has no words for: the number is stored beside the code. */
  CHANNEL_ERROR("delivery.channelError"),
  /** The channel's client failed before anything left the desk. */
  CLIENT_ERROR("delivery.clientError"),
  UNREACHABLE("delivery.unreachable"),
  /** The request left and no answer came in time: it may have been delivered. */
  NO_ANSWER("delivery.noAnswer"),
  /** The connection broke after the request left: it may have been delivered. */
  CONNECTION_BROKE("delivery.connectionBroke"),
  /** Not sent: the account was disabled in the desk. */
  ACCOUNT_DISABLED("delivery.accountDisabled"),
  /** Not sent: the account was unbound from the desk. */
  ACCOUNT_UNBOUND("delivery.accountUnbound"),
  /** The desk stopped while handing the message over: it may have been delivered. */
  INTERRUPTED("delivery.interrupted");

  private final String code;

  DeliveryProblem(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
