package org.wechatdesk.workbench;

import java.time.Instant;

/** A conversation in an agent's list: who, where it stands, what was said last and what is left of the quota. */
public record ConversationSummary(long id, long fanId, String fanName, String status, Long queueId, Instant startedAt,
                                  Instant assignedAt, Instant lastMessageAt, String lastMessageText, int unread,
                                  Instant waitingSince, int quotaRemaining, Instant quotaWindowEndsAt) {}
