package org.wechatdesk.routing.customer;

/** An admin changed a fan's owner agent, VIP or designated flag. */
public record CustomerFlagsChanged(long fanId) {}
