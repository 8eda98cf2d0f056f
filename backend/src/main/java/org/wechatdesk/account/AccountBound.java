package org.wechatdesk.account;

/**
 * Published inside the binding transaction, so that features keeping per-account rows add theirs
 * with it.
 */
public record AccountBound(long accountId, String appId) {}
