package org.wechatdesk.routing.terms;

/**
 * An agent's presence: only ONLINE agents take visitors; BUSY (示忙) keeps current ones but takes no
 * more.
 */
public enum AgentStatus {
  ONLINE,
  BUSY,
  OFFLINE
}
