package org.wechatdesk.account;

/**
 * Published when keys of an account change, so that cached clients are rebuilt; {@code
 * accessTokenStale} when the AppSecret changed or was wiped, so the access token got with the old
 * one is fetched again.
 */
public record AccountCredentialsChanged(long accountId, String appId, boolean accessTokenStale) {}
