package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.IntegrationTest;

/**
 * What the other nodes hear, read from PostgreSQL by a listener of the desk's channel: a
 * transaction's notices arrive when it commits, all of them and in the order sent, whenever in the
 * transaction they were sent; none arrives from a transaction rolled back.
 */
class ClusterNoticesTest extends IntegrationTest {

  @Autowired ClusterNotices notices;
  @Autowired DataSource dataSource;
  @Autowired PlatformTransactionManager transactions;

  private final String topic = "test-" + UUID.randomUUID();
  private final List<String> heard = new ArrayList<>();
  private Connection listener;

  @BeforeEach
  void listen() throws SQLException {
    listener = dataSource.getConnection();
    try (Statement statement = listener.createStatement()) {
      statement.execute("LISTEN desk_cluster");
    }
  }

  @AfterEach
  void stopListening() throws SQLException {
    try (Connection listening = listener;
        Statement statement = listening.createStatement()) {
      statement.execute("UNLISTEN *");
    }
  }

  @Test
  void aTransactionsNoticesArriveWhenItCommitsInTheOrderSent() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              notices.send(topic, "a");
              notices.sendAll(topic, List.of("b", "c"));
              notices.send(topic, "d");
              assertThat(heardWithin(300)).as("heard before the commit").isEmpty();
            });

    awaitHeard(4);
    assertThat(heard).containsExactly("a", "b", "c", "d");
  }

  @Test
  void noNoticeArrivesFromATransactionRolledBack() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              notices.send(topic, "undone");
              notices.sendAll(topic, List.of("undone too"));
              status.setRollbackOnly();
            });
    notices.send(topic, "after");

    awaitHeard(1);
    assertThat(heard).containsExactly("after");
  }

  @Test
  void aTransactionBegunInsideAnotherSendsItsNoticesWhenItCommits() {
    TransactionTemplate inner = new TransactionTemplate(transactions);
    inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            outer -> {
              notices.send(topic, "outer, undone");
              inner.executeWithoutResult(status -> notices.send(topic, "inner"));
              outer.setRollbackOnly();
            });

    awaitHeard(1);
    assertThat(heard).containsExactly("inner");
  }

  @Test
  void aNoticeSentAfterTheTransactionsNoticesWentStillGoesWithIt() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status -> {
              notices.send(topic, "first");
              TransactionSynchronizationManager.registerSynchronization(
                  sendingBeforeCommit("while committing"));
            });

    awaitHeard(2);
    assertThat(heard).containsExactly("first", "while committing");
  }

  @Test
  void aTransactionsFirstNoticeSentWhileItCommitsArrivesAfterTheCommit() {
    new TransactionTemplate(transactions)
        .executeWithoutResult(
            status ->
                TransactionSynchronizationManager.registerSynchronization(
                    sendingBeforeCommit("only while committing")));

    awaitHeard(1);
    assertThat(heard).containsExactly("only while committing");
  }

  @Test
  void aNoticeSentOutsideATransactionArrivesAtOnce() {
    notices.send(topic, "alone");

    awaitHeard(1);
    assertThat(heard).containsExactly("alone");
  }

  private TransactionSynchronization sendingBeforeCommit(String payload) {
    return new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        notices.send(topic, payload);
      }
    };
  }

  private void awaitHeard(int count) {
    Await.until(
        count + " notices heard",
        () -> {
          heardWithin(100);
          return heard.size() >= count;
        });
    assertThat(heardWithin(300)).as("heard after the expected ones").isEmpty();
  }

  /** This test's notices heard within the time given, added to {@link #heard}. */
  private List<String> heardWithin(int millis) {
    List<String> now = new ArrayList<>();
    try {
      PGNotification[] received = listener.unwrap(PGConnection.class).getNotifications(millis);
      if (received != null) {
        for (PGNotification notification : received) {
          String[] nodeTopicPayload = notification.getParameter().split("\\|", 3);
          if (nodeTopicPayload[1].equals(topic)) {
            now.add(nodeTopicPayload[2]);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    heard.addAll(now);
    return now;
  }
}
