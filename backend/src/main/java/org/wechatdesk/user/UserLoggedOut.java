package org.wechatdesk.user;

/** The user logged out of the desk: an agent who left takes no more visitors. */
public record UserLoggedOut(long userId) {}
