package org.wechatdesk.user;

import org.wechatdesk.system.Role;

/**
 * Published inside the creating transaction, so that features keeping per-user rows add theirs with
 * it.
 */
public record UserCreated(long userId, Role role) {}
