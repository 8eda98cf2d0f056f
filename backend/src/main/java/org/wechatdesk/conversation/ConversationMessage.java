package org.wechatdesk.conversation;

import java.time.Instant;

/**
 * One line of a conversation. IN: from the fan; OUT: to the fan (agent or automatic); SYSTEM: what
 * the desk tells the agent (e.g. an automatic text dropped for lack of quota); NOTE: internal,
 * never sent. {@code notice}: what the desk says on the line in its own words, if anything.
 */
public record ConversationMessage(
    long id,
    long conversationId,
    Direction direction,
    String author,
    String kind,
    String text,
    Long mediaId,
    Long outboundId,
    Instant createdAt,
    TranscriptNotice notice) {

  public enum Direction {
    IN,
    OUT,
    SYSTEM,
    NOTE
  }
}
