package org.wechatdesk.conversation;

/**
 * A point in a conversation's life that reports count, published in the transaction of the change
 * itself so that what is recorded is exactly what happened. {@code detail} names the end reason,
 * the timeout's kind or the refusal's reason; {@code rating} and {@code solved} come with {@link
 * Kind#RATED}, {@code messages} (lines the visitor and the agents wrote) with {@link Kind#ENDED}.
 */
public record ConversationMilestone(
    long conversationId,
    Kind kind,
    String detail,
    Integer rating,
    Boolean solved,
    Integer messages) {

  public enum Kind {
    STARTED,
    QUEUED,
    ASSIGNED,
    AGENT_REPLIED,
    TRANSFERRED,
    TIMEOUT,
    REFUSED,
    ENDED,
    RATED
  }

  /** The flow's timers, by what they do when they fire. */
  public enum Timeout {
    VISITOR_IDLE_PROMPT,
    VISITOR_IDLE_CLOSE,
    QUEUE_APPEASE,
    AGENT_IDLE_APPEASE,
    AGENT_IDLE_REMIND,
    AGENT_IDLE_AUTO_TRANSFER
  }

  /**
   * Why the desk turned a fan away without queueing them for an agent (asked them to leave a
   * message instead).
   */
  public enum Refusal {
    OUT_OF_HOURS,
    NO_AGENT
  }

  static ConversationMilestone of(long conversationId, Kind kind) {
    return new ConversationMilestone(conversationId, kind, null, null, null, null);
  }

  static ConversationMilestone of(long conversationId, Kind kind, String detail) {
    return new ConversationMilestone(conversationId, kind, detail, null, null, null);
  }
}
