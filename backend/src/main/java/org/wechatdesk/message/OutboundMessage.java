package org.wechatdesk.message;

import java.time.Instant;
import org.springframework.lang.Nullable;

public record OutboundMessage(
    long id,
    long accountId,
    long fanId,
    String openid,
    OutboundKind kind,
    OutboundContent content,
    int priority,
    String idempotencyKey,
    OutboundStatus status,
    int attempts,
    @Nullable Integer errorCode,
    @Nullable String errorReason,
    String requestedBy,
    Instant createdAt,
    @Nullable Instant sentAt,
    FanChannel channel) {}
