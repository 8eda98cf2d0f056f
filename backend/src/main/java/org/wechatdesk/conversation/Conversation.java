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
    VISITOR_GAVE_UP
  }

  public boolean open() {
    return status != Status.ENDED;
  }

  public boolean surveyOpenAt(Instant now) {
    return surveyInvitedAt != null && surveyExpiresAt != null && now.isBefore(surveyExpiresAt);
  }
}
