package org.wechatdesk.routing.queue;

import java.time.Instant;

/** A conversation's place in routing: waiting in a queue, assigned to an agent, ended or left. */
public record QueueEntry(
    long id,
    long conversationId,
    long accountId,
    long fanId,
    long queueId,
    int priority,
    Instant enteredAt,
    Status status,
    Long assignedAgentId,
    String decidedByRule,
    Instant assignedAt) {

  /** ENDED: the agent released the conversation; LEFT: the visitor gave up while waiting. */
  public enum Status {
    WAITING,
    ASSIGNED,
    ENDED,
    LEFT
  }
}
