package org.wechatdesk.routing.rules;

import org.wechatdesk.routing.terms.QueueStrategy;

/**
 * The queue the visitor waits in; {@code requiredSkill} matters for {@link
 * QueueStrategy#SKILL_FIRST}.
 */
public record Queue(long queueId, QueueStrategy strategy, String requiredSkill) {}
