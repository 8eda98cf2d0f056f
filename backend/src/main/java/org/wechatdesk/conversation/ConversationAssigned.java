package org.wechatdesk.conversation;

/** An agent now serves the conversation (first assignment or after a transfer). */
public record ConversationAssigned(long conversationId, String agentUsername) {}
