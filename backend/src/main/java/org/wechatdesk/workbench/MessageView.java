package org.wechatdesk.workbench;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import org.springframework.lang.Nullable;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.message.OutboundStatus;

/**
 * A conversation line as the workbench shows it, with the delivery state of what was sent to the
 * fan.
 */
public record MessageView(
    long id,
    long conversationId,
    @Schema(implementation = ConversationMessage.Direction.class) String direction,
    String author,
    String kind,
    @Nullable String text,
    @Nullable Long mediaId,
    @Nullable Long outboundId,
    Instant createdAt,
    @Nullable Delivery delivery,
    @Schema(description = "What the desk says on this line, worded by the UI (notice.* codes)")
        @Nullable
        Notice notice) {

  @Schema(name = "TranscriptNotice")
  public record Notice(TranscriptNotice.Code code, Map<String, String> params) {

    static Notice of(TranscriptNotice notice) {
      return notice == null ? null : new Notice(notice.code(), notice.params());
    }
  }

  @Schema(name = "MessageDelivery")
  public record Delivery(
      @Schema(implementation = OutboundStatus.class) String status,
      @Schema(description = "A delivery.* code (docs/api-errors.md)") @Nullable String errorReason,
      @Schema(description = "The channel's own error number, e.g. WeChat's errcode") @Nullable
          Integer errorCode) {}
}
