package org.wechatdesk.routing;

/**
 * Waiting visitors of this queue moved (someone ahead left the queue, or a VIP came in ahead of
 * others).
 */
public record QueuePositionsChanged(long queueId) {}
