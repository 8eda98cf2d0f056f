package org.wechatdesk.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's database read from the load generator, for what only the server knows (how many
 * conversations are open, when the engine fired a timer): one connection, as PostgreSQL's user.
 */
final class ServerDatabase implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;

  ServerDatabase(String url) throws SQLException {
    this.connection = DriverManager.getConnection(url, "postgres", "");
  }

  synchronized long count(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(sql, params);
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Each row's first column as milliseconds, e.g. an interval's {@code extract(epoch ...)}. */
  synchronized List<Long> millis(String sql, Object... params) throws SQLException {
    List<Long> values = new ArrayList<>();
    try (PreparedStatement statement = prepare(sql, params);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        values.add(Math.round(rs.getDouble(1) * 1000));
      }
    }
    return values;
  }

  synchronized int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = prepare(sql, params)) {
      return statement.executeUpdate();
    }
  }

  /** Each fan's sent texts, per priority, in the order they were queued. */
  synchronized Map<String, Map<Integer, List<String>>> textsByFanAndPriority() throws SQLException {
    Map<String, Map<Integer, List<String>>> texts = new HashMap<>();
    try (PreparedStatement statement =
            prepare(
                "select openid, priority, payload from desk.outbound_message"
                    + " where kind = 'TEXT' and status = 'SENT' order by id");
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        texts
            .computeIfAbsent(rs.getString("openid"), fan -> new TreeMap<>())
            .computeIfAbsent(rs.getInt("priority"), priority -> new ArrayList<>())
            .add(JSON.readTree(rs.getString("payload")).path("text").asText());
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return texts;
  }

  /** Polls {@code sql} (a count) until it reaches {@code target}. */
  void awaitCount(long target, Duration limit, String sql, Object... params) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (count(sql, params) < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not reached within " + limit + ": " + sql);
      }
      Thread.sleep(250);
    }
  }

  /** Polls {@code sql} (a count) until it is 0. */
  void awaitNone(Duration limit, String sql, Object... params) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (count(sql, params) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("not reached within " + limit + ": " + sql);
      }
      Thread.sleep(250);
    }
  }

  private PreparedStatement prepare(String sql, Object... params) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < params.length; i++) {
      statement.setObject(i + 1, params[i]);
    }
    return statement;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
