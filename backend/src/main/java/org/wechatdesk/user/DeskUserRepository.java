package org.wechatdesk.user;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** Desk users (agents and admins) with their hashed passwords and failed-login counters. */
@Repository
public class DeskUserRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  DeskUserRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<DeskUser> findByUsername(String username) {
    return jdbc.sql("""
            select id, username, password_hash, display_name, role, enabled, failed_logins, locked_until
              from desk.desk_user where username = ?""")
        .param(username)
        .query((rs, n) -> new DeskUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
            rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
            rs.getInt("failed_logins"), DbTime.read(rs, "locked_until")))
        .optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from desk.desk_user").query(Long.class).single();
  }

  public void insert(String username, String passwordHash, String displayName, Role role) {
    jdbc.sql("""
            insert into desk.desk_user (username, password_hash, display_name, role, enabled, created_at)
            values (?, ?, ?, ?, true, ?)""")
        .params(username, passwordHash, displayName, role.name(), DbTime.of(clock.instant()))
        .update();
  }

  void recordFailure(String username, int failedLogins, Instant lockedUntil) {
    jdbc.sql("update desk.desk_user set failed_logins = ?, locked_until = ? where username = ?")
        .params(failedLogins, DbTime.of(lockedUntil), username).update();
  }

  void clearFailures(String username) {
    jdbc.sql("update desk.desk_user set failed_logins = 0, locked_until = null where username = ?")
        .param(username).update();
  }
}
