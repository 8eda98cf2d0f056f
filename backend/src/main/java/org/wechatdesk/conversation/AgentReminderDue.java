package org.wechatdesk.conversation;

/** The visitor has waited for the agent's reply for the configured "remind agent" time. */
public record AgentReminderDue(long conversationId, String agentUsername, String prompt) {}
