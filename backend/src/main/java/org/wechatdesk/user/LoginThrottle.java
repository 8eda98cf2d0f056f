package org.wechatdesk.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a user out for a while after repeated failed logins. Kept in the database so that every node
 * sees the same count.
 */
@Component
class LoginThrottle {

  private final DeskUserRepository users;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;

  LoginThrottle(DeskUserRepository users, Clock clock,
                @Value("${desk.login.max-failures:5}") int maxFailures,
                @Value("${desk.login.lockout:PT5M}") Duration lockout) {
    this.users = users;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
  }

  Optional<Instant> lockedUntil(String username) {
    return users.findByUsername(username)
        .map(DeskUser::lockedUntil)
        .filter(until -> until.isAfter(clock.instant()));
  }

  @Transactional
  void recordFailure(String username) {
    users.findByUsername(username).ifPresent(user -> {
      int failures = user.failedLogins() + 1;
      Instant lockedUntil = failures >= maxFailures ? clock.instant().plus(lockout) : null;
      users.recordFailure(username, lockedUntil == null ? failures : 0, lockedUntil);
    });
  }

  void recordSuccess(String username) {
    users.clearFailures(username);
  }
}
