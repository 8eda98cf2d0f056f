package org.wechatdesk.routing;

import java.util.Set;

/** A conversation entering a queue; it must not go to {@code excludedAgentIds}. */
public record EnqueueRequest(
    long conversationId, long accountId, long fanId, long queueId, Set<Long> excludedAgentIds) {

  public EnqueueRequest {
    excludedAgentIds = excludedAgentIds == null ? Set.of() : Set.copyOf(excludedAgentIds);
  }
}
