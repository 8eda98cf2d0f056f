package org.wechatdesk.routing.navigation;

import org.springframework.lang.Nullable;

/**
 * How an account's visitors are routed: straight to one queue, or through one navigation (exactly
 * one is set), and how long an agent who served a visitor stays their familiar agent (熟客优先).
 *
 * @param familiarWindowMinutes as read, the account's window or else the desk's default ({@code
 *     desk.routing.familiar-window}); null when saved means the desk's default
 */
public record AccountRouting(
    long accountId,
    @Nullable Long queueId,
    @Nullable Long navigationId,
    @Nullable Long familiarWindowMinutes) {

  /** Routing that keeps the desk's default familiar window. */
  public AccountRouting(long accountId, @Nullable Long queueId, @Nullable Long navigationId) {
    this(accountId, queueId, navigationId, null);
  }
}
