package org.wechatdesk.channel.h5;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/**
 * What the H5 page's header shows: the account, the visitor, and where the latest conversation
 * stands. Unknown values are sent as null rather than left out, as the page's contract says.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record H5Session(
    String accountName, String appId, Visitor visitor, @Nullable Conversation conversation) {

  @Schema(name = "H5SessionVisitor")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Visitor(@Nullable String nickname, @Nullable String avatarUrl) {}

  @Schema(name = "H5SessionConversation")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Conversation(
      long id,
      @Schema(implementation = org.wechatdesk.conversation.Conversation.Status.class) String status,
      @Nullable Integer queuePosition,
      @Nullable Agent agent) {}

  @Schema(name = "H5SessionAgent")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Agent(String displayName, @Nullable String avatarUrl) {}
}
