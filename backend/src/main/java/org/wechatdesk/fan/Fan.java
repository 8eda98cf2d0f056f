package org.wechatdesk.fan;

import java.time.Instant;

/**
 * A follower of one account, with the customer-service window WeChat opened for it. A web visitor came to
 * the H5 chat page without web authorization: its openid is the desk's own, unknown to WeChat.
 */
public record Fan(long id, long accountId, String openid, boolean subscribed, Instant firstSeenAt,
                  Instant lastMessageAt, WindowKind windowKind, Instant windowOpenedAt, int windowSent,
                  boolean webVisitor) {

  /** Which of WeChat's customer-service windows the fan's last action opened. */
  public enum WindowKind { MESSAGE, INTERACTION }
}
