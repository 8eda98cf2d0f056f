package org.wechatdesk.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.lang.Nullable;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.message.FanChannel;

/** A conversation not yet ended, as the supervisor's monitor lists it. */
public record LiveConversation(
    long id,
    long accountId,
    String accountName,
    long fanId,
    String fanName,
    @Schema(implementation = Conversation.Status.class) String status,
    @Nullable Long queueId,
    @Nullable String queueName,
    @Nullable String agentUsername,
    @Nullable String agentDisplayName,
    FanChannel channel,
    Instant startedAt,
    @Nullable Instant assignedAt,
    @Schema(
            description =
                "Since when the visitor waits: in the queue, or for an answer to what they wrote")
        @Nullable
        Instant waitingSince) {}
