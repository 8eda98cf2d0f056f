package org.wechatdesk.channel.wechat.outbound;

/** Customer-service message types, plus the typing indicator, which costs no quota. */
public enum OutboundKind {
  TEXT, IMAGE, VOICE, VIDEO, NEWS, TYPING;

  public boolean countsAgainstQuota() {
    return this != TYPING;
  }
}
