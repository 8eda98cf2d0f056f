package org.wechatdesk.workbench;

import java.time.Instant;
import org.wechatdesk.message.FanChannel;

/**
 * A conversation in an agent's list: who (the fan's nickname when the desk knows it, else the
 * openid), where it stands, what was said last and what is left of the quota (which only WeChat
 * conversations have: see {@code channel}).
 */
public record ConversationSummary(
    long id,
    long fanId,
    String fanName,
    String status,
    Long queueId,
    Instant startedAt,
    Instant assignedAt,
    Instant lastMessageAt,
    String lastMessageText,
    int unread,
    Instant waitingSince,
    int quotaRemaining,
    Instant quotaWindowEndsAt,
    FanChannel channel,
    String openid) {}
