package org.wechatdesk.routing.rules;

import java.time.Instant;
import org.wechatdesk.routing.terms.AgentStatus;

/**
 * An agent the visitor might go to: the queue's members, plus the visitor's owner and last agent
 * when they are not members. The skip rules mark a candidate with their own name; the rest stays as
 * loaded.
 */
public final class Candidate {

  private final long agentId;
  private final String username;
  private final AgentStatus status;
  private final int maxConcurrent;
  private final int activeCount;
  private final boolean member;
  private final boolean excluded;
  private final int skillLevel;
  private final Instant lastAssignedAt;
  private final Instant lastAssignedInQueueAt;
  private String skippedBy;

  public Candidate(
      long agentId,
      String username,
      AgentStatus status,
      int maxConcurrent,
      int activeCount,
      boolean member,
      boolean excluded,
      int skillLevel,
      Instant lastAssignedAt,
      Instant lastAssignedInQueueAt) {
    this.agentId = agentId;
    this.username = username;
    this.status = status;
    this.maxConcurrent = maxConcurrent;
    this.activeCount = activeCount;
    this.member = member;
    this.excluded = excluded;
    this.skillLevel = skillLevel;
    this.lastAssignedAt = lastAssignedAt;
    this.lastAssignedInQueueAt = lastAssignedInQueueAt;
  }

  public long getAgentId() {
    return agentId;
  }

  public String getUsername() {
    return username;
  }

  public AgentStatus getStatus() {
    return status;
  }

  public int getMaxConcurrent() {
    return maxConcurrent;
  }

  public int getActiveCount() {
    return activeCount;
  }

  /** Whether the agent is a member of the visitor's queue. */
  public boolean isMember() {
    return member;
  }

  /** Whether the visitor was transferred away from this agent. */
  public boolean isExcluded() {
    return excluded;
  }

  /** The agent's level (1-5) in the queue's required skill; 0 without it. */
  public int getSkillLevel() {
    return skillLevel;
  }

  public Instant getLastAssignedAt() {
    return lastAssignedAt;
  }

  public Instant getLastAssignedInQueueAt() {
    return lastAssignedInQueueAt;
  }

  /** Share of the reception limit in use: 0 idle, 1 full. */
  public double getLoad() {
    return (double) activeCount / maxConcurrent;
  }

  /**
   * The name of the rule that ruled this agent out, or null while the agent may take the visitor.
   */
  public String getSkippedBy() {
    return skippedBy;
  }

  public void setSkippedBy(String rule) {
    this.skippedBy = rule;
  }

  @Override
  public String toString() {
    return "Candidate["
        + agentId
        + " "
        + username
        + " "
        + status
        + " "
        + activeCount
        + "/"
        + maxConcurrent
        + "]";
  }
}
