package org.wechatdesk.message;

import java.time.Instant;

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
    Integer errorCode,
    String errorReason,
    String requestedBy,
    Instant createdAt,
    Instant sentAt,
    FanChannel channel) {}
