package org.wechatdesk.conversation;

/** The agent handed the conversation to another queue; it leaves their workbench. */
public record ConversationTransferred(long conversationId, String fromAgentUsername) {}
