package org.wechatdesk.routing.agent;

/** The agent may have a free slot now (released, went online, raised the limit, joined a queue). */
public record CapacityAppeared(long agentId) {}
