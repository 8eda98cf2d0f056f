package org.wechatdesk.channel.h5;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
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
      @Schema(description = "Queued, and the flow lets visitors give up waiting") boolean canGiveUp,
      @Schema(description = "The navigation menu to answer, while one is offered") @Nullable
          Menu menu,
      @Nullable Agent agent) {}

  /** The entries to tap; {@code subMenu} also takes 0, back to the main menu. */
  @Schema(name = "H5SessionMenu")
  record Menu(List<Choice> choices, boolean subMenu) {}

  /** Tapping it answers {@code number}, as typing it would. */
  @Schema(name = "H5SessionMenuChoice")
  record Choice(int number, String label) {}

  @Schema(name = "H5SessionAgent")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Agent(String displayName, @Nullable String avatarUrl) {}
}
