package org.wechatdesk.routing.rules;

/**
 * The visitor to assign, as the rules see it. {@code lastAgentId} served this fan last, and {@code
 * minutesSinceLastServed} ago (when that conversation ended, or now if it still runs); both are
 * null for a fan never served.
 */
public record Visitor(
    long fanId,
    boolean vip,
    boolean designated,
    Long ownerAgentId,
    Long lastAgentId,
    Long minutesSinceLastServed) {}
