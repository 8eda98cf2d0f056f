package org.wechatdesk.routing.agent;

import org.wechatdesk.routing.terms.AgentStatus;

/**
 * An agent's status changed other than by their own hand (logged out, sockets gone, an admin).
 * Published inside the changing transaction, once per change even when several nodes notice.
 */
public record AgentPresenceChanged(long agentId, String agentUsername, AgentStatus status) {}
