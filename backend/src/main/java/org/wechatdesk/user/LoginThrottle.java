package org.wechatdesk.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.system.DbTime;

/**
 * Slows down password guessing without handing anyone a way to lock others out. Failures are
 * counted per name and client address: after {@code max-failures} that pair waits, longer with each
 * lock. An address that fails on many names waits as a whole, and while the whole desk sees more
 * failures than {@code global-max-failures} in the window, every address that failed lately waits
 * too; an address without failures, such as the real admin's, can always try. Unknown names are
 * counted like known ones, so the answers do not tell which names exist. Kept in the database so
 * that every node sees the same counts.
 */
@Component
class LoginThrottle {

  /** The row of an address as a whole, apart from the names tried from it. */
  private static final String WHOLE_ADDRESS = "";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final LoginProperties limits;

  LoginThrottle(JdbcClient jdbc, Clock clock, LoginProperties limits) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.limits = limits;
  }

  /** How long this name must wait from this address before it may try again, if it must. */
  Optional<Duration> waitBefore(String username, String address) {
    Instant now = clock.instant();
    Optional<Instant> lockedUntil =
        lockedUntil(name(username), address, now)
            .or(() -> lockedUntil(WHOLE_ADDRESS, address, now));
    if (lockedUntil.isPresent()) {
      return Optional.of(Duration.between(now, lockedUntil.get()));
    }
    if (recentFailures(now) >= limits.globalMaxFailures() && failedLately(address, now)) {
      return Optional.of(Duration.ofMinutes(1));
    }
    return Optional.empty();
  }

  @Transactional
  void recordFailure(String username, String address) {
    Instant now = clock.instant();
    if (countFailure(name(username), address, now) >= limits.maxFailures()) {
      lock(name(username), address, now);
    }
    if (countFailure(WHOLE_ADDRESS, address, now) >= limits.addressMaxFailures()) {
      lock(WHOLE_ADDRESS, address, now);
    }
  }

  void recordSuccess(String username, String address) {
    jdbc.sql("delete from desk.login_failure where username = ? and address = ?")
        .params(name(username), address)
        .update();
  }

  /** A new password starts afresh: the failures were against the old one. */
  void forget(String username) {
    jdbc.sql("delete from desk.login_failure where username = ?").param(name(username)).update();
  }

  private Optional<Instant> lockedUntil(String username, String address, Instant now) {
    return jdbc.sql(
            "select locked_until from desk.login_failure where username = ? and address = ?")
        .params(username, address)
        .query((rs, n) -> DbTime.read(rs, "locked_until"))
        .optional()
        .filter(until -> until != null && until.isAfter(now));
  }

  private long recentFailures(Instant now) {
    return jdbc.sql(
            "select coalesce(sum(failures), 0) from desk.login_failure where username = ? and last_failure_at >= ?")
        .params(WHOLE_ADDRESS, DbTime.of(now.minus(limits.window())))
        .query(Long.class)
        .single();
  }

  private boolean failedLately(String address, Instant now) {
    return jdbc.sql(
                "select count(*) from desk.login_failure where address = ? and last_failure_at >= ?")
            .params(address, DbTime.of(now.minus(limits.window())))
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Adds a failure to the row (failures older than the window are forgotten first); returns the
   * count.
   */
  private int countFailure(String username, String address, Instant now) {
    int updated =
        jdbc.sql(
                """
            update desk.login_failure
               set failures = case when last_failure_at < ? then 1 else failures + 1 end, last_failure_at = ?
             where username = ? and address = ?""")
            .params(DbTime.of(now.minus(limits.window())), DbTime.of(now), username, address)
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "insert into desk.login_failure (username, address, failures, last_failure_at) values (?, ?, 1, ?)")
            .params(username, address, DbTime.of(now))
            .update();
      } catch (DuplicateKeyException countedMeanwhile) {
        return countFailure(username, address, now);
      }
    }
    return jdbc.sql("select failures from desk.login_failure where username = ? and address = ?")
        .params(username, address)
        .query(Integer.class)
        .single();
  }

  /**
   * Locks the row for the lockout its lock count has earned; its failures start again from zero.
   */
  private void lock(String username, String address, Instant now) {
    int locks =
        jdbc.sql("select locks from desk.login_failure where username = ? and address = ?")
                .params(username, address)
                .query(Integer.class)
                .single()
            + 1;
    jdbc.sql(
            "update desk.login_failure set locks = ?, locked_until = ?, failures = 0 where username = ? and address = ?")
        .params(locks, DbTime.of(now.plus(limits.lockoutAfter(locks))), username, address)
        .update();
  }

  private static String name(String username) {
    String trimmed = username == null ? "" : username.trim();
    // Never the whole-address row's key, and no longer than the column.
    String named = "@" + trimmed;
    return named.length() <= 64 ? named : named.substring(0, 64);
  }
}
