package org.wechatdesk.conversation;

/** A line was added to a conversation; the workbench shows it to the conversation's agent. */
public record ConversationMessageAdded(long conversationId, long messageId, String agentUsername) {}
