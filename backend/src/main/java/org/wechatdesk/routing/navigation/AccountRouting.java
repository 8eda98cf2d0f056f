package org.wechatdesk.routing.navigation;

import org.springframework.lang.Nullable;

/**
 * How an account's visitors are routed: straight to one queue, or through one navigation (exactly
 * one is set).
 */
public record AccountRouting(long accountId, @Nullable Long queueId, @Nullable Long navigationId) {}
