package org.wechatdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * An empty PostgreSQL database of one migration test's own, to migrate up to an old version, fill
 * with rows of that time, and migrate to the end as the desk does. Dropped on close.
 */
public final class ScratchDatabase implements AutoCloseable {

  private static final String SERVER =
      System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");

  private final String name;

  private ScratchDatabase(String name) {
    this.name = name;
  }

  /**
   * Named like the databases of {@link FreshPostgresDatabase}, so a crashed test's one is dropped
   * later.
   */
  public static ScratchDatabase create(String purpose) throws SQLException {
    String name =
        "wechatdesk_test_"
            + ProcessHandle.current().pid()
            + "_"
            + System.currentTimeMillis()
            + "_"
            + purpose;
    execute("create database " + name);
    return new ScratchDatabase(name);
  }

  /**
   * Flyway on this database with the desk's schema; add {@code target} or Java migrations as the
   * test needs.
   */
  public FluentConfiguration flyway() {
    return Flyway.configure()
        .dataSource(SERVER + name, USER, PASSWORD)
        .schemas("desk")
        .defaultSchema("desk")
        // The desk sets it from desk.time-zone (application.yml): V81 counts the roll-up's days in
        // it.
        .placeholders(Map.of("deskzone", "Asia/Shanghai"));
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(SERVER + name, USER, PASSWORD);
  }

  @Override
  public void close() throws SQLException {
    execute("drop database if exists " + name + " with (force)");
  }

  private static void execute(String sql) throws SQLException {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
        Statement statement = admin.createStatement()) {
      statement.execute(sql);
    }
  }
}
