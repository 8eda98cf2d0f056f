package org.wechatdesk.conversation;

/** A conversation has ended; {@code agentUsername} is null when it ended before an agent joined. */
public record ConversationEnded(
    long conversationId, String agentUsername, Conversation.EndReason reason) {}
