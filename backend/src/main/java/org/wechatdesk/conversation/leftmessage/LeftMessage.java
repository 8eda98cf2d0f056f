package org.wechatdesk.conversation.leftmessage;

import java.time.Instant;

/**
 * A message a fan left when nobody could answer: a to-do for the agents of its account. {@code
 * answerConversationId}: the conversation the agent's answer opened, when answered through the
 * desk.
 */
public record LeftMessage(
    long id,
    long conversationId,
    long accountId,
    long fanId,
    Status status,
    Instant leftAt,
    String claimedBy,
    Instant claimedAt,
    String handledBy,
    Instant handledAt,
    Long answerConversationId) {

  public enum Status {
    OPEN,
    CLAIMED,
    HANDLED
  }
}
