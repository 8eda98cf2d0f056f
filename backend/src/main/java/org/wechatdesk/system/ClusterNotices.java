package org.wechatdesk.system;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * Tells the desk's other nodes what happened here, through PostgreSQL's LISTEN/NOTIFY: an agent's
 * socket lives on one node, and the change the agent must hear of (a fan's message, an assignment,
 * being disabled) may be made on another. A notice sent inside a transaction is delivered when it
 * commits, and not at all when it rolls back. Each node hears the others' notices as {@link
 * ClusterNotice} events, never its own. The embedded H2 database runs one node only: there, notices
 * go nowhere.
 */
@Component
public class ClusterNotices implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ClusterNotices.class);
  private static final String CHANNEL = "desk_cluster";

  /** PostgreSQL refuses payloads of 8000 bytes or more; notices carry ids, far below that. */
  private static final int MAX_PAYLOAD = 7000;

  private static final int WAIT_MILLIS = 500;

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final HikariDataSource dataSource;
  private final boolean postgres;
  private final String node = UUID.randomUUID().toString();
  private volatile boolean running;
  private Thread listener;

  ClusterNotices(JdbcClient jdbc, ApplicationEventPublisher events, DataSource dataSource)
      throws SQLException {
    this.jdbc = jdbc;
    this.events = events;
    this.dataSource = dataSource.unwrap(HikariDataSource.class);
    this.postgres = Databases.isPostgres(dataSource);
  }

  /**
   * Sends a notice to the other nodes, with the caller's transaction if there is one. Within a
   * transaction the notices wait for its commit and go in one round trip (a flow step sends
   * several).
   */
  public void send(String topic, String payload) {
    if (postgres) {
      sendAll(List.of(message(topic, payload)));
    }
  }

  /** The same as {@link #send} for each payload. */
  public void sendAll(String topic, List<String> payloads) {
    if (postgres && !payloads.isEmpty()) {
      sendAll(payloads.stream().map(payload -> message(topic, payload)).toList());
    }
  }

  private void sendAll(List<String> messages) {
    boolean held =
        ThisTransaction.synchronization(
                PendingNotices.class, pending -> pending.of(this), PendingNotices::new)
            .map(pending -> pending.hold(messages))
            .orElse(false);
    if (!held) {
      pgNotify(jdbc, messages);
    }
  }

  private static void pgNotify(JdbcClient jdbc, List<String> messages) {
    if (messages.size() == 1) {
      jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, messages.get(0)).query().singleRow();
    } else {
      jdbc.sql("select pg_notify(?, message) from unnest(?::text[]) as message")
          .params(CHANNEL, messages.toArray(String[]::new))
          .query()
          .listOfRows();
    }
  }

  private String message(String topic, String payload) {
    String message = node + "|" + topic + "|" + payload;
    if (message.length() > MAX_PAYLOAD) {
      throw new IllegalArgumentException("cluster notice too long: " + topic);
    }
    return message;
  }

  private void listen() {
    long backoff = WAIT_MILLIS;
    while (running) {
      try (Connection connection =
          DriverManager.getConnection(
              dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword())) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        backoff = WAIT_MILLIS;
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notification : received) {
              dispatch(notification.getParameter());
            }
          }
        }
      } catch (SQLException e) {
        if (running) {
          // Notices sent meanwhile are lost; the workbench catches up on reconnect, so nothing is
          // lost for good.
          log.warn(
              "Cluster notices: listening failed ({}); trying again in {} ms",
              e.toString(),
              backoff);
          sleep(backoff);
          backoff = Math.min(backoff * 2, 30_000);
        }
      }
    }
  }

  private void dispatch(String message) {
    String[] parts = message.split("\\|", 3);
    if (parts.length != 3 || parts[0].equals(node)) {
      return;
    }
    try {
      events.publishEvent(new ClusterNotice(parts[1], parts[2]));
    } catch (RuntimeException e) {
      log.warn("Cluster notice {} failed here: {}", parts[1], e.toString());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void start() {
    if (!postgres) {
      return;
    }
    running = true;
    listener = new Thread(this::listen, "cluster-notices");
    listener.setDaemon(true);
    listener.start();
  }

  @Override
  public void stop() {
    running = false;
    if (listener != null) {
      listener.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /**
   * A transaction's notices, sent together just before it commits. A notice sent after that (by a
   * listener that runs later in the commit) goes at once, still inside the transaction. Spring
   * calls only the synchronizations registered before the commit began, so notices first held
   * during the commit are sent after it instead, on a connection of their own: late, but not lost.
   */
  private class PendingNotices implements TransactionSynchronization {

    private final List<String> messages = new ArrayList<>();
    private boolean sent;

    boolean of(ClusterNotices notices) {
      return notices == ClusterNotices.this;
    }

    boolean hold(List<String> more) {
      if (sent) {
        return false;
      }
      messages.addAll(more);
      return true;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      sent = true;
      if (!messages.isEmpty()) {
        pgNotify(jdbc, messages);
        messages.clear();
      }
    }

    @Override
    public void afterCompletion(int status) {
      if (status == STATUS_COMMITTED && !messages.isEmpty()) {
        try (Connection connection = dataSource.getConnection()) {
          pgNotify(JdbcClient.create(new SingleConnectionDataSource(connection, true)), messages);
        } catch (SQLException | RuntimeException e) {
          log.warn(
              "Cluster notices: {} sent after a commit were lost ({})",
              messages.size(),
              e.toString());
        }
      }
    }
  }

  /** A notice from another node: what happened ({@code topic}) and to what ({@code payload}). */
  public record ClusterNotice(String topic, String payload) {}
}
