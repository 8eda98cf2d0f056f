package org.wechatdesk.workbench;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.lang.Nullable;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.message.FanChannel;

/**
 * A conversation in an agent's list: who (the fan's nickname when the desk knows it, else the
 * openid), where it stands, what was said last and what is left of the quota (which only WeChat
 * conversations have: see {@code channel}). The reminder's seconds and text are the account's flow
 * settings ({@code remindSeconds} is absent when the account does not remind agents), so that the
 * countdown runs as the account says whichever conversation the workbench loaded first.
 */
public record ConversationSummary(
    long id,
    long fanId,
    String fanName,
    @Schema(implementation = Conversation.Status.class) String status,
    @Nullable Long queueId,
    Instant startedAt,
    @Nullable Instant assignedAt,
    @Nullable Instant lastMessageAt,
    @Nullable String lastMessageText,
    @Schema(description = "TEXT, IMAGE, VOICE, ...: the screen words a line that is not text")
        @Nullable
        String lastMessageKind,
    int unread,
    @Nullable Instant waitingSince,
    int quotaRemaining,
    @Nullable Instant quotaWindowEndsAt,
    @Nullable FanChannel channel,
    @Nullable String openid,
    @Nullable Integer remindSeconds,
    String remindText) {}
