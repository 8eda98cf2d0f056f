package org.wechatdesk.account;

/** Published when keys of an account change, so that cached clients are rebuilt. */
public record AccountCredentialsChanged(long accountId, String appId) {}
