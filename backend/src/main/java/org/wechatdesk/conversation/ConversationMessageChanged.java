package org.wechatdesk.conversation;

/**
 * A line already shown changed (a fan's media arrived late, or could not be had); the workbench
 * replaces it.
 */
public record ConversationMessageChanged(
    long conversationId, long messageId, String agentUsername) {}
