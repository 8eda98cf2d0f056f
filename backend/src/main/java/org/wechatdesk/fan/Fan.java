package org.wechatdesk.fan;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * A follower of one account, with the customer-service window WeChat opened for it. A web visitor
 * came to the H5 chat page without web authorization: its openid is the desk's own, unknown to
 * WeChat. {@code windowClosedAt} is when WeChat refused a message because the window was closed
 * (45015), which overrides the desk's own count until the fan opens a new window.
 */
public record Fan(
    long id,
    long accountId,
    String openid,
    boolean subscribed,
    Instant firstSeenAt,
    @Nullable Instant lastMessageAt,
    @Nullable WindowKind windowKind,
    @Nullable Instant windowOpenedAt,
    int windowSent,
    @Nullable Instant windowClosedAt,
    boolean webVisitor) {

  /** Which of WeChat's customer-service windows the fan's last action opened. */
  public enum WindowKind {
    MESSAGE,
    INTERACTION
  }
}
