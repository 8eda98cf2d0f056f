package org.wechatdesk.message;

/**
 * Customer-service message types, plus the typing indicator and template messages, which cost no
 * customer-service quota (template messages have their own daily limit and need no open window).
 */
public enum OutboundKind {
  TEXT,
  IMAGE,
  VOICE,
  VIDEO,
  NEWS,
  TYPING,
  TEMPLATE;

  public boolean countsAgainstQuota() {
    return this != TYPING && this != TEMPLATE;
  }
}
