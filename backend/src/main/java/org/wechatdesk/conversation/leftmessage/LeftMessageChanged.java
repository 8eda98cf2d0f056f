package org.wechatdesk.conversation.leftmessage;

/** A to-do of the account was added, claimed or handled: its agents' lists change. */
public record LeftMessageChanged(long accountId) {}
