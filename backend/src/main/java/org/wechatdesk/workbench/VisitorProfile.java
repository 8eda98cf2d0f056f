package org.wechatdesk.workbench;

import java.time.Instant;
import java.util.List;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.tag.FanTags;

/**
 * Who the visitor of a conversation is: what WeChat and the desk know of the fan, the admin's
 * routing flags, and the fan's earlier conversations with their ratings. Nickname, avatar and
 * region are empty when unknown (WeChat no longer returns a region). Proactive messages are the
 * ones agents sent from the fan list, outside any conversation.
 */
public record VisitorProfile(
    long fanId,
    long accountId,
    String openid,
    String nickname,
    String avatarUrl,
    String region,
    boolean subscribed,
    Instant firstSeenAt,
    FanTags.FanTagsView tags,
    OwnerAgent owner,
    boolean vip,
    boolean designated,
    FanQuota.Status quota,
    List<PastConversation> earlierConversations,
    List<ProactiveMessage> proactiveMessages) {

  /** {@code text} is empty for kinds other than text. */
  public record ProactiveMessage(
      long id, String kind, String text, String requestedBy, String status, Instant createdAt) {}

  public record OwnerAgent(long id, String username, String displayName) {}

  /**
   * {@code ratingLabel} is the account's label for the rating (如 满意); both are empty when not
   * rated.
   */
  public record PastConversation(
      long id,
      Instant startedAt,
      Instant endedAt,
      String agentUsername,
      String endReason,
      Integer rating,
      String ratingLabel,
      Boolean solved) {}
}
