package org.wechatdesk.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test JVM its own new PostgreSQL database, so test runs never see each other's data.
 * Active when {@code desk.test.fresh-database=true} (profile {@code test}). A context started with
 * {@code desk.test.database-name=X} gets a second, separate database: the restart test uses that so
 * the shared test context's workers cannot touch its rows. Databases of test JVMs that have ended
 * are dropped at the next start.
 */
public class FreshPostgresDatabase implements EnvironmentPostProcessor, Ordered {

  private static final String PREFIX = "wechatdesk_test_";
  private static final Map<String, String> CREATED = new ConcurrentHashMap<>();

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty("desk.test.fresh-database", Boolean.class, false)) {
      return;
    }
    String server =
        System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");
    String purpose = environment.getProperty("desk.test.database-name", "main");
    String database = CREATED.computeIfAbsent(purpose, p -> create(server, user, password, p));
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "freshPostgresDatabase",
                Map.of(
                    "spring.datasource.url", server + database,
                    "spring.datasource.username", user,
                    "spring.datasource.password", password)));
  }

  private static String create(String server, String user, String password, String purpose) {
    long pid = ProcessHandle.current().pid();
    String name =
        PREFIX + pid + "_" + System.currentTimeMillis() + "_" + purpose.replaceAll("[^a-z0-9]", "");
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      dropLeftovers(statement);
      statement.execute("create database " + name);
      return name;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Tests need PostgreSQL at " + server + " (set DESK_TEST_PG_URL): " + e.getMessage(), e);
    }
  }

  private static void dropLeftovers(Statement statement) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "select datname from pg_database where datname like '" + PREFIX + "%'")) {
      while (rs.next()) {
        String name = rs.getString(1);
        long ownerPid = Long.parseLong(name.substring(PREFIX.length()).split("_")[0]);
        if (ProcessHandle.of(ownerPid).isEmpty()) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      statement.execute("drop database if exists " + name + " with (force)");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
