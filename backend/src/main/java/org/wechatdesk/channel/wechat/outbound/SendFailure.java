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
import org.wechatdesk.message.DeliveryProblem;

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

  private static final Map<Integer, DeliveryProblem> KNOWN_PERMANENT =
      Map.of(
          WINDOW_CLOSED,
          DeliveryProblem.WINDOW_CLOSED,
          45047,
          DeliveryProblem.QUOTA_SPENT,
          40003,
          DeliveryProblem.INVALID_OPENID,
          43004,
          DeliveryProblem.UNFOLLOWED,
          48001,
          DeliveryProblem.NO_API_PERMISSION,
          40125,
          DeliveryProblem.INVALID_APP_SECRET,
          40013,
          DeliveryProblem.INVALID_APP_ID,
          40007,
          DeliveryProblem.INVALID_MEDIA);

  private static final Map<Integer, DeliveryProblem> KNOWN_TRANSIENT =
      Map.of(
          45009, DeliveryProblem.DAILY_LIMIT,
          45011, DeliveryProblem.RATE_LIMIT,
          // Rejected or expired again after a refresh: the next attempt fetches another token.
          40001, DeliveryProblem.TOKEN_REJECTED,
          42001, DeliveryProblem.TOKEN_EXPIRED);

  private static DeliveryFailure systemBusy() {
    return new DeliveryFailure(Kind.TRANSIENT, -1, DeliveryProblem.CHANNEL_BUSY);
  }

  /**
   * A message for a fan whose window WeChat already said is closed: not sent, it would only fail
   * again.
   */
  static DeliveryFailure windowClosedBefore() {
    return new DeliveryFailure(Kind.PERMANENT, WINDOW_CLOSED, DeliveryProblem.WINDOW_CLOSED_BEFORE);
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
          Kind.TRANSIENT, null, DeliveryProblem.CLIENT_ERROR, TokenFreeText.of(rt.getMessage()));
    }
    if (e instanceof IOException io) {
      return ofIo(io);
    }
    return new DeliveryFailure(
        Kind.TRANSIENT, null, DeliveryProblem.CLIENT_ERROR, TokenFreeText.of(e.toString()));
  }

  private static DeliveryFailure ofErrorCode(int code, String message) {
    if (code == -1) {
      return systemBusy();
    }
    DeliveryProblem transientProblem = KNOWN_TRANSIENT.get(code);
    if (transientProblem != null) {
      return new DeliveryFailure(Kind.TRANSIENT, code, transientProblem, message);
    }
    return new DeliveryFailure(
        Kind.PERMANENT,
        code,
        KNOWN_PERMANENT.getOrDefault(code, DeliveryProblem.CHANNEL_ERROR),
        TokenFreeText.of(message));
  }

  private static DeliveryFailure ofIo(IOException io) {
    if (io instanceof ConnectException
        || io instanceof ConnectTimeoutException
        || io instanceof UnknownHostException
        || io instanceof NoRouteToHostException) {
      return new DeliveryFailure(
          Kind.TRANSIENT, null, DeliveryProblem.UNREACHABLE, io.getClass().getSimpleName());
    }
    if (io instanceof SocketTimeoutException || io instanceof InterruptedIOException) {
      return new DeliveryFailure(
          Kind.AMBIGUOUS, null, DeliveryProblem.NO_ANSWER, io.getClass().getSimpleName());
    }
    return new DeliveryFailure(
        Kind.AMBIGUOUS, null, DeliveryProblem.CONNECTION_BROKE, io.getClass().getSimpleName());
  }
}
