package org.wechatdesk.report;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What a wall screen shows: who waits where and for how long, the agents by status and load, the
 * conversations in progress, and today's figures so far (days in the desk's zone): refused are the
 * fans asked to leave a message instead of queueing.
 */
public record Wallboard(
    List<QueueNow> queues,
    List<AgentNow> agents,
    long inProgress,
    long startedToday,
    long servedToday,
    long abandonedToday,
    long refusedToday,
    @Nullable Double averageRatingToday,
    @Nullable Double solvedRateToday) {

  /** {@code longestWaitSeconds} is null when nobody waits. */
  public record QueueNow(
      long queueId, String name, long waiting, @Nullable Long longestWaitSeconds) {}

  public record AgentNow(
      long agentId, String username, String displayName, String status, int load, int limit) {}
}
