package org.wechatdesk.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.postgresql.Driver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The run's own PostgreSQL database on the tests' server (DESK_TEST_PG_URL, as the other tests
 * use), created for the run and dropped after it. The harness reads it over a new connection per
 * query, so that its reads survive the server's restart without a pool to heal.
 */
final class ChaosDatabase implements AutoCloseable {

  private final String server =
      System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private final String user = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
  private final String password = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");
  private static final String PREFIX = "wechatdesk_chaos_";

  private final String name =
      PREFIX + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
  private static final Duration READ_PATIENCE = Duration.ofMinutes(1);
  private static final Duration ADMIN_PATIENCE = Duration.ofMinutes(5);
  private static final String TOO_MANY_CONNECTIONS = "53300";

  private final JdbcClient jdbc;

  ChaosDatabase() {
    dropLeftovers();
    administer("create database " + name);
    jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), url(), user, password));
  }

  String url() {
    return server + name;
  }

  /** The settings a node needs to use this database. */
  List<String> nodeSettings() {
    return List.of(
        "--spring.datasource.url=" + url(),
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password);
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  long count(String sql, Object... params) {
    return read(() -> jdbc.sql(sql).params(params).query(Long.class).single());
  }

  /**
   * A read that waits out the server's restart and its connection limit (other test JVMs share the
   * server): tried again for up to a minute.
   */
  <T> T read(Supplier<T> query) {
    long deadline = System.nanoTime() + READ_PATIENCE.toNanos();
    while (true) {
      try {
        return query.get();
      } catch (DataAccessException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    administer("drop database if exists " + name + " with (force)");
  }

  /** Databases of runs whose JVM ended without dropping them (killed, or stopped in a debugger). */
  private void dropLeftovers() {
    List<String> names =
        read(
            () ->
                JdbcClient.create(
                        new SimpleDriverDataSource(
                            new Driver(), server + "postgres", user, password))
                    .sql("select datname from pg_database where datname like '" + PREFIX + "%'")
                    .query(String.class)
                    .list());
    for (String leftover : names) {
      long ownerPid = Long.parseLong(leftover.substring(PREFIX.length()).split("_")[0]);
      if (ProcessHandle.of(ownerPid).isEmpty()) {
        administer("drop database if exists " + leftover + " with (force)");
      }
    }
  }

  /**
   * Runs an administrative statement, waiting out a server whose connections other test JVMs hold.
   */
  private void administer(String statement) {
    long deadline = System.nanoTime() + ADMIN_PATIENCE.toNanos();
    while (true) {
      try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
          Statement sql = admin.createStatement()) {
        sql.execute(statement);
        return;
      } catch (SQLException e) {
        if (!TOO_MANY_CONNECTIONS.equals(e.getSQLState()) || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "The chaos run needs PostgreSQL at " + server + ": " + e.getMessage(), e);
        }
        pause();
      }
    }
  }
}
