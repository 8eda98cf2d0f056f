package org.wechatdesk.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.Role;

/** Desk users (agents and admins) with their hashed passwords and failed-login counters. */
@Repository
public class DeskUserRepository {

  private static final String SELECT =
      """
      select id, username, password_hash, display_name, role, enabled
        from desk.desk_user""";

  private final JdbcClient jdbc;
  private final Clock clock;

  DeskUserRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Optional<DeskUser> findByUsername(String username) {
    return jdbc.sql(SELECT + " where username = ?").param(username).query(this::user).optional();
  }

  private DeskUser user(ResultSet rs, int row) throws SQLException {
    return new DeskUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("password_hash"),
        rs.getString("display_name"),
        Role.valueOf(rs.getString("role")),
        rs.getBoolean("enabled"));
  }

  public Optional<DeskUser> findById(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query(this::user).optional();
  }

  /** Every user, for the admin console, with the picture the admin set. */
  List<UserView> all() {
    return jdbc.sql(
            "select id, username, display_name, role, enabled, avatar_url from desk.desk_user order by id")
        .query(
            (rs, n) ->
                new UserView(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Role.valueOf(rs.getString("role")),
                    rs.getBoolean("enabled"),
                    rs.getString("avatar_url")))
        .list();
  }

  Optional<UserView> view(long id) {
    return all().stream().filter(user -> user.id() == id).findFirst();
  }

  void setAvatar(long id, String avatarUrl) {
    jdbc.sql("update desk.desk_user set avatar_url = ? where id = ?")
        .params(avatarUrl, id)
        .update();
  }

  void update(long id, String displayName, String avatarUrl, boolean enabled) {
    jdbc.sql("update desk.desk_user set display_name = ?, avatar_url = ?, enabled = ? where id = ?")
        .params(displayName, avatarUrl, enabled, id)
        .update();
  }

  public long count() {
    return jdbc.sql("select count(*) from desk.desk_user").query(Long.class).single();
  }

  public long insert(String username, String passwordHash, String displayName, Role role) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.desk_user (username, password_hash, display_name, role, enabled, created_at)
            values (?, ?, ?, ?, true, ?)""")
        .params(username, passwordHash, displayName, role.name(), DbTime.of(clock.instant()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void resetPassword(long id, String passwordHash) {
    jdbc.sql("update desk.desk_user set password_hash = ? where id = ?")
        .params(passwordHash, id)
        .update();
  }
}
