package org.wechatdesk.workbench;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.lang.Nullable;
import org.wechatdesk.message.OutboundStatus;

/**
 * One thing an agent's workbench is told, numbered per agent so that a client can catch up after a
 * gap.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkbenchEvent(
    long id,
    Type type,
    @Nullable Long conversationId,
    @Nullable MessageView message,
    @Nullable ConversationSummary conversation,
    @Nullable Delivery delivery,
    @Nullable String prompt,
    @Nullable Integer queueLength,
    Instant createdAt) {

  public enum Type {
    MESSAGE_ADDED,
    MESSAGE_UPDATED,
    CONVERSATION_ASSIGNED,
    CONVERSATION_UPDATED,
    CONVERSATION_ENDED,
    DELIVERY,
    REMINDER,
    QUEUE_LENGTH,
    /** The agent's status changed without their doing ({@code prompt}: the new status). */
    AGENT_PRESENCE
  }

  @Schema(name = "EventDelivery")
  public record Delivery(
      long outboundId,
      @Schema(implementation = OutboundStatus.class) String status,
      @Schema(description = "A delivery.* code (docs/api-errors.md)") @Nullable String errorReason,
      @Schema(description = "The channel's own error number, e.g. WeChat's errcode") @Nullable
          Integer errorCode) {}

  WorkbenchEvent withId(long newId, Instant at) {
    return new WorkbenchEvent(
        newId, type, conversationId, message, conversation, delivery, prompt, queueLength, at);
  }
}
