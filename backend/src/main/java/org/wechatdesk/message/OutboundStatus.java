package org.wechatdesk.message;

/**
 * PENDING until sent; SENT; FAILED with a reason (WeChat refused, or retries ran out); UNCERTAIN
 * when WeChat may or may not have delivered it (a timeout after sending), so it is not resent
 * automatically.
 */
public enum OutboundStatus {
  PENDING,
  SENT,
  FAILED,
  UNCERTAIN
}
