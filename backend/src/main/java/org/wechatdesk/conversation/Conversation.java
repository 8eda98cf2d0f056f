package org.wechatdesk.conversation;

import java.time.Instant;
import org.wechatdesk.message.FanChannel;

public record Conversation(
    long id,
    long accountId,
    long fanId,
    String processInstanceId,
    Status status,
    Long queueId,
    Long agentId,
    String agentUsername,
    Speaker lastSpeaker,
    Instant startedAt,
    Instant assignedAt,
    Instant endedAt,
    EndReason endReason,
    Instant surveyInvitedAt,
    Instant surveyExpiresAt,
    Integer rating,
    Boolean solved,
    Instant ratedAt,
    FanChannel channel) {

  public enum Status {
    ACCESS,
    ROBOT,
    NAVIGATING,
    QUEUED,
    CHATTING,
    /**
     * Out of hours: the fan was asked to leave a message, which waits for the agents as a to-do.
     */
    LEAVING_MESSAGE,
    ENDED
  }

  /** Who spoke last decides whose turn it is, and so which idle timers run. */
  public enum Speaker {
    VISITOR,
    AGENT
  }

  public enum EndReason {
    AGENT_ENDED,
    ADMIN_ENDED,
    VISITOR_TIMEOUT,
    VISITOR_GAVE_UP,
    /** The out-of-hours wait ended: the hours opened again, or an agent answered the message. */
    MESSAGE_LEFT
  }

  public boolean open() {
    return status != Status.ENDED;
  }

  public boolean surveyOpenAt(Instant now) {
    return surveyInvitedAt != null && surveyExpiresAt != null && now.isBefore(surveyExpiresAt);
  }
}
