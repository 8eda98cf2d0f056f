package org.wechatdesk.workbench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One thing an agent's workbench is told, numbered per agent so that a client can catch up after a
 * gap.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkbenchEvent(
    long id,
    Type type,
    Long conversationId,
    MessageView message,
    ConversationSummary conversation,
    Delivery delivery,
    String prompt,
    Integer queueLength,
    Instant createdAt) {

  public enum Type {
    MESSAGE_ADDED,
    MESSAGE_UPDATED,
    CONVERSATION_ASSIGNED,
    CONVERSATION_UPDATED,
    CONVERSATION_ENDED,
    DELIVERY,
    REMINDER,
    QUEUE_LENGTH
  }

  public record Delivery(long outboundId, String status, String errorReason) {}

  WorkbenchEvent withId(long newId, Instant at) {
    return new WorkbenchEvent(
        newId, type, conversationId, message, conversation, delivery, prompt, queueLength, at);
  }
}
