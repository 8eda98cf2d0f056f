package org.wechatdesk.channel.wechat.outbound;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.apache.http.conn.ConnectTimeoutException;
import org.wechatdesk.channel.wechat.TokenFreeText;
import org.wechatdesk.message.DeliveryFailure;
import org.wechatdesk.message.DeliveryFailure.Kind;

/**
 * What a failed send to WeChat means for the message. TRANSIENT: WeChat did not get it (connection
 * refused, rate limit, errcode -1 "system busy", which WeChat answers instead of sending): send
 * again later. PERMANENT: WeChat refused it for good: tell the sender why. AMBIGUOUS: the request
 * left and no answer came (a read timeout, a broken connection), so WeChat may have delivered it
 * and a resend could deliver twice.
 */
final class SendFailure {

  private SendFailure() {}

  private static final int WINDOW_CLOSED = 45015;

  private static final Map<Integer, String> KNOWN_PERMANENT =
      Map.of(
          WINDOW_CLOSED,
          "outside the 48-hour window: the fan has not written recently / 超出48小时客服消息窗口，粉丝近期未互动",
          45047,
          "the fan's message quota for this window is spent / 本窗口内客服消息条数已用完",
          40003,
          "invalid openid: the fan is not a follower of this account / openid 无效",
          43004,
          "the fan has unfollowed the account / 粉丝已取消关注",
          48001,
          "the account lacks the customer-service API permission / 公众号没有客服消息接口权限",
          40125,
          "invalid AppSecret / AppSecret 无效",
          40013,
          "invalid AppID / AppID 无效",
          40007,
          "invalid media_id / 媒体文件无效");

  private static final Map<Integer, String> KNOWN_TRANSIENT =
      Map.of(
          45009, "WeChat's daily API limit reached / 接口调用超过每日上限",
          45011, "WeChat's API rate limit reached / 接口调用过于频繁",
          40001, "access token rejected again after a refresh / access_token 刷新后仍无效",
          42001, "access token expired again after a refresh / access_token 刷新后仍过期");

  private static DeliveryFailure systemBusy() {
    return new DeliveryFailure(
        Kind.TRANSIENT, -1, "WeChat was busy (-1) and sent nothing / 微信系统繁忙，未发送");
  }

  /**
   * A message for a fan whose window WeChat already said is closed: not sent, it would only fail
   * again.
   */
  static DeliveryFailure windowClosedBefore() {
    return new DeliveryFailure(
        Kind.PERMANENT,
        WINDOW_CLOSED,
        "not sent: WeChat said the fan's 48-hour window is closed (45015); the fan has to write first"
            + " / 未发送：微信已告知48小时客服消息窗口已关闭，需等粉丝再次发消息");
  }

  static boolean closesWindow(DeliveryFailure failure) {
    return failure.errorCode() != null && failure.errorCode() == WINDOW_CLOSED;
  }

  static DeliveryFailure classify(Exception e) {
    if (e instanceof WxErrorException wx) {
      // WxJava wraps I/O failures with a made-up errcode (-99); the cause tells what happened.
      if (wx.getCause() instanceof IOException io) {
        return ofIo(io);
      }
      if (wx.getError() != null && wx.getError().getErrorCode() != 0) {
        return ofErrorCode(wx.getError().getErrorCode(), wx.getError().getErrorMsg());
      }
    }
    if (e instanceof WxRuntimeException rt) {
      if (rt.getCause() instanceof IOException io) {
        return ofIo(io);
      }
      // With WxJava's own retries switched off, errcode -1 ("system busy") surfaces as this
      // exception.
      if (rt.getCause() == null && String.valueOf(rt.getMessage()).contains("超出重试次数")) {
        return systemBusy();
      }
      return new DeliveryFailure(
          Kind.TRANSIENT, null, "WeChat client error: " + TokenFreeText.of(rt.getMessage()));
    }
    if (e instanceof IOException io) {
      return ofIo(io);
    }
    return new DeliveryFailure(Kind.TRANSIENT, null, e.toString());
  }

  private static DeliveryFailure ofErrorCode(int code, String message) {
    if (code == -1) {
      return systemBusy();
    }
    String transientReason = KNOWN_TRANSIENT.get(code);
    if (transientReason != null) {
      return new DeliveryFailure(Kind.TRANSIENT, code, transientReason);
    }
    String reason = KNOWN_PERMANENT.getOrDefault(code, "WeChat error " + code + ": " + message);
    return new DeliveryFailure(Kind.PERMANENT, code, reason);
  }

  private static DeliveryFailure ofIo(IOException io) {
    if (io instanceof ConnectException
        || io instanceof ConnectTimeoutException
        || io instanceof UnknownHostException
        || io instanceof NoRouteToHostException) {
      return new DeliveryFailure(
          Kind.TRANSIENT, null, "cannot reach WeChat: " + io.getClass().getSimpleName());
    }
    if (io instanceof SocketTimeoutException || io instanceof InterruptedIOException) {
      return new DeliveryFailure(
          Kind.AMBIGUOUS,
          null,
          "no answer from WeChat in time; it may have delivered the message / 微信未及时响应，消息可能已送达");
    }
    return new DeliveryFailure(
        Kind.AMBIGUOUS, null, "connection to WeChat broke: " + io.getClass().getSimpleName());
  }
}
