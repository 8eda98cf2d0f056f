package org.wechatdesk.channel.h5;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.ClientAddress;
import org.wechatdesk.system.TooManyRequestsException;

/**
 * Limits what the public H5 page lets one party do: new anonymous visitors per client address (each
 * is a fan row), messages per visitor, and messages per client address, so that many visitors
 * started from one address do not multiply what it may send. Addresses are counted by {@link
 * ClientAddress}. Counted per node in fixed windows, which is enough to stop a script without a
 * shared store; a visitor is never limited below what a person types.
 */
@Component
class VisitorRateLimits {

  static final Duration NEW_VISITOR_WINDOW = Duration.ofMinutes(10);
  static final Duration MESSAGE_WINDOW = Duration.ofMinutes(1);

  /** Windows are dropped once this many keys are held, so the maps cannot grow without bound. */
  private static final int MAX_KEYS = 50_000;

  private final Clock clock;
  private final H5Properties properties;
  private final Map<String, Window> newVisitors = new ConcurrentHashMap<>();
  private final Map<Long, Window> messages = new ConcurrentHashMap<>();
  private final Map<String, Window> addressMessages = new ConcurrentHashMap<>();

  VisitorRateLimits(Clock clock, H5Properties properties) {
    this.clock = clock;
    this.properties = properties;
  }

  boolean allowNewVisitor(String address) {
    return allow(
        newVisitors,
        ClientAddress.budgetKey(address),
        properties.newVisitorsPerAddress(),
        NEW_VISITOR_WINDOW);
  }

  /**
   * Refuses a message over the visitor's or the address's limit; one the visitor's own limit
   * refuses is not counted against the address.
   */
  void checkMessage(long fanId, String address) {
    if (!allow(messages, fanId, properties.messagesPerMinute(), MESSAGE_WINDOW)) {
      throw new TooManyRequestsException(
          H5Error.TOO_MANY_MESSAGES, "max", properties.messagesPerMinute());
    }
    if (!allow(
        addressMessages,
        ClientAddress.budgetKey(address),
        properties.addressMessagesPerMinute(),
        MESSAGE_WINDOW)) {
      throw new TooManyRequestsException(
          H5Error.TOO_MANY_MESSAGES_FROM_NETWORK, "max", properties.addressMessagesPerMinute());
    }
  }

  private <K> boolean allow(Map<K, Window> windows, K key, int limit, Duration length) {
    Instant now = clock.instant();
    if (windows.size() > MAX_KEYS) {
      windows.values().removeIf(window -> window.endsBefore(now));
    }
    Window window =
        windows.compute(
            key,
            (k, current) ->
                current == null || current.endsBefore(now)
                    ? new Window(now.plus(length), 1)
                    : current.counted());
    return window.count() <= limit;
  }

  private record Window(Instant end, int count) {
    boolean endsBefore(Instant now) {
      return !now.isBefore(end);
    }

    Window counted() {
      return new Window(end, count + 1);
    }
  }
}
