package org.wechatdesk.routing;

/**
 * Waiting visitors of this queue moved up: someone ahead of them left the queue or was assigned.
 */
public record QueuePositionsChanged(long queueId) {}
