package org.wechatdesk.user;

/**
 * Published inside the creating transaction, so that features keeping per-user rows add theirs with
 * it.
 */
public record UserCreated(long userId, Role role) {}
