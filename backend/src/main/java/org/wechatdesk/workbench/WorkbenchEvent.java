package org.wechatdesk.workbench;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.lang.Nullable;
import org.wechatdesk.message.OutboundStatus;

/**
 * One thing an agent's workbench is told, numbered per agent so that a client can catch up after a
 * gap. Events about a conversation carry its fresh summary ({@code conversation}) where it may have
 * changed (last line, waiting time, quota left, window end), so the screen needs no reload. A
 * {@code QUEUE_LENGTH} or {@code PRESENCE_CHANGED} event says that the workbench's overview
 * changed: its value may be overtaken by a change committed meanwhile, so clients read the overview
 * again.
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
    /** The conversation left this agent's list: transferred away, or closed after its end. */
    CONVERSATION_REMOVED,
    /**
     * The agent's status, limit or number of conversations changed; {@code prompt} is the new
     * status when it changed without the agent's doing (logged out elsewhere, sockets gone, an
     * admin).
     */
    PRESENCE_CHANGED,
    /**
     * What the visitor panel of the conversation shows changed (a rating, the fan's tags, the
     * admin's flags, a proactive message): clients read the panel again.
     */
    VISITOR_CHANGED,
    /**
     * The to-dos of messages left (留言) in one of the agent's accounts changed: one was left,
     * claimed or handled, or the fan wrote more. Clients read the to-do list again.
     */
    LEFT_MESSAGES_CHANGED
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
