package org.wechatdesk.workbench;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.tag.FanTags;
import org.wechatdesk.message.OutboundStatus;

/**
 * Who the visitor of a conversation is: what WeChat and the desk know of the fan, the admin's
 * routing flags, this conversation's rating (empty until the visitor rates), and the fan's earlier
 * conversations with their ratings. Nickname, avatar and region are empty when unknown (WeChat no
 * longer returns a region). Proactive messages are the ones agents sent from the fan list, outside
 * any conversation.
 */
public record VisitorProfile(
    long fanId,
    long accountId,
    String openid,
    @Nullable String nickname,
    @Nullable String avatarUrl,
    @Nullable String region,
    boolean subscribed,
    Instant firstSeenAt,
    FanTags.FanTagsView tags,
    @Nullable OwnerAgent owner,
    boolean vip,
    boolean designated,
    FanQuota.Status quota,
    @Nullable Rating rating,
    List<PastConversation> earlierConversations,
    List<ProactiveMessage> proactiveMessages) {

  /** {@code text} is empty for kinds other than text. */
  public record ProactiveMessage(
      long id,
      String kind,
      @Nullable String text,
      String requestedBy,
      @Schema(implementation = OutboundStatus.class) String status,
      Instant createdAt) {}

  /** {@code label} is the account's label for the rating (如 满意). */
  public record Rating(int rating, @Nullable String label, @Nullable Boolean solved) {}

  public record OwnerAgent(long id, String username, String displayName) {}

  /**
   * {@code ratingLabel} is the account's label for the rating (如 满意); both are empty when not
   * rated.
   */
  public record PastConversation(
      long id,
      Instant startedAt,
      @Nullable Instant endedAt,
      @Nullable String agentUsername,
      @Nullable String endReason,
      @Nullable Integer rating,
      @Nullable String ratingLabel,
      @Nullable Boolean solved) {}
}
