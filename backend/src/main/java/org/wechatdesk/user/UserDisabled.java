package org.wechatdesk.user;

/** Published inside the disabling transaction: a disabled user must stop receiving work at once. */
public record UserDisabled(long userId) {}
