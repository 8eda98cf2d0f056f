package org.wechatdesk.message;

/**
 * The media of a message that went on without it: kept ({@code mediaId}) or given up ({@code
 * failure}, why). Published inside the transaction that records it.
 */
public record InboundMediaSettled(long inboundId, Long mediaId, String failure) {}
