package org.wechatdesk.channel.wechat.component;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.system.ConflictException;

/**
 * The component access token, one for every node: kept in the database, replaced {@code
 * desk.wechat.token-refresh-ahead} before it expires, and fetched by one node at a time under a
 * lease row (the scheme of the accounts' tokens). A node that waited for the lease uses the token
 * the holder stored instead of fetching another.
 */
@Component
class ComponentTokens {

  private static final String NODE = UUID.randomUUID().toString();
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final long WAIT_MILLIS = 10_000;
  private static final long RETRY_MILLIS = 20;

  private final ComponentRepository component;
  private final ComponentApi api;
  private final Clock clock;
  private final Duration refreshAhead;

  ComponentTokens(
      ComponentRepository component, ComponentApi api, Clock clock, WeChatProperties properties) {
    this.component = component;
    this.api = api;
    this.clock = clock;
    this.refreshAhead = properties.tokenRefreshAhead();
  }

  /** A valid component access token; refused while the platform is not set up or has no ticket. */
  String current() {
    ComponentSettings settings = settings();
    String fresh = fresh();
    if (fresh != null) {
      return fresh;
    }
    String owner = NODE + "/" + Thread.currentThread().getId();
    takeLease(owner);
    try {
      fresh = fresh();
      if (fresh != null) {
        return fresh;
      }
      String ticket =
          component
              .ticket()
              .map(ComponentRepository.Ticket::value)
              .orElseThrow(() -> new ConflictException(ComponentError.NO_TICKET));
      ComponentApi.Token token = api.componentToken(settings, ticket);
      component.saveAccessToken(token.value(), clock.instant().plusSeconds(token.expiresIn()));
      return token.value();
    } finally {
      component.releaseLease(owner);
    }
  }

  ComponentSettings settings() {
    return component.settings().orElseThrow(() -> new ConflictException(ComponentError.NOT_SET_UP));
  }

  private String fresh() {
    return component
        .accessToken()
        .filter(stored -> clock.instant().plus(refreshAhead).isBefore(stored.expiresAt()))
        .map(ComponentRepository.StoredToken::token)
        .orElse(null);
  }

  private void takeLease(String owner) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MILLIS);
    while (!component.tryLease(owner, LEASE)) {
      if (System.nanoTime() >= deadline) {
        throw new ComponentApiException(
            ComponentApiException.UNREACHABLE, "timed out waiting for another node's refresh");
      }
      try {
        TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the token lease", e);
      }
    }
  }
}
