package org.wechatdesk.report;

import java.time.Instant;
import org.wechatdesk.conversation.ConversationMilestone;

/** A milestone as recorded: when it happened and where the conversation stood at that moment. */
record RecordedEvent(
    long conversationId,
    ConversationMilestone.Kind kind,
    String detail,
    Instant at,
    long accountId,
    Long queueId,
    Long agentId,
    Integer rating,
    Boolean solved,
    Integer messages) {}
