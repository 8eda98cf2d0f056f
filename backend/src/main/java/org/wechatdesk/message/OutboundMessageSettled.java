package org.wechatdesk.message;

/**
 * Published when an outbound message reaches SENT, FAILED or UNCERTAIN, for whoever shows its
 * state.
 */
public record OutboundMessageSettled(
    long id,
    long fanId,
    OutboundStatus status,
    Integer errorCode,
    String reason,
    String requestedBy) {}
