package org.wechatdesk.routing.agent;

import org.wechatdesk.routing.terms.AgentStatus;

/**
 * An agent's status changed: by their own hand, by logging out, by their sockets being gone, or by
 * an admin. Published inside the changing transaction, once per change even when several nodes
 * notice.
 */
public record AgentPresenceChanged(long agentId, String agentUsername, AgentStatus status) {}
