package org.wechatdesk.routing.agent;

import java.time.Instant;
import org.wechatdesk.routing.terms.AgentStatus;

/**
 * An agent's presence and capacity: {@code activeCount} of {@code maxConcurrent} (接待上限) slots in
 * use.
 */
public record AgentProfile(
    long userId,
    String username,
    String displayName,
    AgentStatus status,
    int maxConcurrent,
    int activeCount,
    Instant lastAssignedAt) {

  public static final int MIN_CONCURRENT = 1;
  public static final int MAX_CONCURRENT = 50;
  public static final int DEFAULT_CONCURRENT = 5;
}
