package org.wechatdesk.channel.wechat.kf;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Objects;
import org.springframework.lang.Nullable;

/** One agent and their customer-service account on one Official Account, as the admin sees it. */
@Schema(name = "AgentKfAccount")
record AgentKfAccount(
    long userId,
    String username,
    String displayName,
    @Nullable String avatarUrl,
    @Nullable String kfAccount,
    @Nullable String nickname,
    @Nullable String syncedAvatarUrl,
    @Nullable Instant syncedAt,
    @Nullable Integer errorCode,
    @Schema(description = "A kf.problem.* code when the account does not work") @Nullable
        String errorReason) {

  /** Whether WeChat holds the agent as the desk last described them. */
  boolean upToDate(String expectedNickname) {
    return syncedAt != null
        && errorReason == null
        && expectedNickname.equals(nickname)
        && Objects.equals(avatarUrl, syncedAvatarUrl);
  }
}
