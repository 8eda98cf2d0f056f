package org.wechatdesk.conversation;

/**
 * The visitor rated a conversation (in the chat or on the rating page): the visitor panels that
 * show this fan's ratings are out of date.
 */
public record ConversationRated(long conversationId, long fanId) {}
