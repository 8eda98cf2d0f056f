package org.wechatdesk.monitor;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/** A change to the monitor's list: the conversation as it is now, or none once it ended. */
public record MonitorEvent(
    long conversationId,
    @Schema(description = "Absent when the conversation is no longer live") @Nullable
        LiveConversation conversation) {}
