package org.wechatdesk.conversation;

/**
 * The conversation moved to another step (opened, robot, navigation, a queue, unassigned) without
 * an agent being told: assignments and ends have their own events.
 */
public record ConversationStatusChanged(long conversationId) {}
