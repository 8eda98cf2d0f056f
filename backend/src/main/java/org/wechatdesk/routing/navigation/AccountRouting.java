package org.wechatdesk.routing.navigation;

/**
 * How an account's visitors are routed: straight to one queue, or through one navigation (exactly
 * one is set).
 */
public record AccountRouting(long accountId, Long queueId, Long navigationId) {}
