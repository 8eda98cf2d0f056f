package org.wechatdesk.routing;

/**
 * A visitor was left waiting in this queue. Capacity freed by a transaction that committed while
 * this one ran was drained without seeing the visitor, so the queue is drained again after the
 * commit.
 */
public record VisitorWaiting(long queueId) {}
