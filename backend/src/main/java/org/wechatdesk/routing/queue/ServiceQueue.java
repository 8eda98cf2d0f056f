package org.wechatdesk.routing.queue;

import org.wechatdesk.routing.terms.QueueStrategy;

/** 消息受理队列: where visitors wait, and how an agent is picked for them. */
public record ServiceQueue(long id, String name, QueueStrategy strategy, String requiredSkill) {}
