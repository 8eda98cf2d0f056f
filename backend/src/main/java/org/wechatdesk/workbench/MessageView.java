package org.wechatdesk.workbench;

import java.time.Instant;

/**
 * A conversation line as the workbench shows it, with the delivery state of what was sent to the
 * fan.
 */
public record MessageView(
    long id,
    long conversationId,
    String direction,
    String author,
    String kind,
    String text,
    Long mediaId,
    Long outboundId,
    Instant createdAt,
    Delivery delivery) {

  public record Delivery(String status, String errorReason) {}
}
