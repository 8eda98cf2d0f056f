package org.wechatdesk.fan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.system.DbTime;

@Repository
public class FanRepository {

  private static final String COLUMNS =
      """
      id, account_id, openid, subscribed, first_seen_at, last_message_at, window_kind, window_opened_at, window_sent,
      window_closed_at, web_visitor""";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TransactionTemplate separateTransaction;

  FanRepository(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The fan, created on first sight. The insert runs in its own transaction because a unique-key
   * failure (another thread created the fan first) would otherwise abort the caller's transaction.
   */
  public Fan findOrCreate(long accountId, String openid) {
    return find(accountId, openid)
        .orElseGet(
            () -> {
              try {
                separateTransaction.executeWithoutResult(
                    status ->
                        jdbc.sql(
                                """
                insert into desk.fan (account_id, openid, subscribed, first_seen_at)
                values (?, ?, false, ?)""")
                            .params(accountId, openid, DbTime.of(clock.instant()))
                            .update());
              } catch (DuplicateKeyException createdMeanwhile) {
                // The other creator's row is the fan; read it below.
              }
              return find(accountId, openid).orElseThrow();
            });
  }

  /**
   * A new anonymous visitor of the H5 chat page, under an id the desk made up (see {@link Fan}).
   */
  public Fan createWebVisitor(long accountId, String visitorId) {
    jdbc.sql(
            """
            insert into desk.fan (account_id, openid, subscribed, first_seen_at, web_visitor)
            values (?, ?, false, ?, true)""")
        .params(accountId, visitorId, DbTime.of(clock.instant()))
        .update();
    return find(accountId, visitorId).orElseThrow();
  }

  public Optional<Fan> find(long accountId, String openid) {
    return jdbc.sql("select " + COLUMNS + " from desk.fan where account_id = ? and openid = ?")
        .params(accountId, openid)
        .query(this::map)
        .optional();
  }

  public Optional<Fan> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.fan where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  /** The fans with these ids, by id: one query for a whole page of fans. */
  public Map<Long, Fan> findAllById(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql("select " + COLUMNS + " from desk.fan where id in (:ids)")
        .param("ids", ids)
        .query(this::map)
        .list()
        .stream()
        .collect(Collectors.toMap(Fan::id, Function.identity()));
  }

  /**
   * Locks the fan's row for the rest of the transaction, so that two agents cannot open a
   * conversation each. A fan's incoming message updates the row ({@link #recordMessage}) in the
   * transaction that starts or joins the fan's conversation, so it waits for this lock too, and the
   * other way round.
   */
  public Optional<Fan> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.fan where id = ? for update")
        .param(id)
        .query(this::map)
        .optional();
  }

  /**
   * Opens a new window at {@code openedAt} unless a newer one is already open: pushes may be
   * processed out of their creation order, and the newest action decides the window. WeChat's
   * CreateTime has whole seconds, so a message sent in the same second as a menu click must still
   * open the message window: at the same instant a message window replaces an interaction window,
   * never the other way round.
   */
  public void openWindow(long fanId, Fan.WindowKind kind, Instant openedAt) {
    jdbc.sql(
            """
            update desk.fan set window_kind = ?, window_opened_at = ?, window_sent = 0, window_closed_at = null
             where id = ? and (window_opened_at is null or window_opened_at < ?
                               or (window_opened_at = ? and window_kind = 'INTERACTION' and ? = 'MESSAGE'))""")
        .params(
            kind.name(),
            DbTime.of(openedAt),
            fanId,
            DbTime.of(openedAt),
            DbTime.of(openedAt),
            kind.name())
        .update();
  }

  public void recordMessage(long fanId, Instant at) {
    jdbc.sql(
            "update desk.fan set last_message_at = ? where id = ? and (last_message_at is null or last_message_at < ?)")
        .params(DbTime.of(at), fanId, DbTime.of(at))
        .update();
  }

  public void setSubscribed(long fanId, boolean subscribed) {
    jdbc.sql("update desk.fan set subscribed = ? where id = ?").params(subscribed, fanId).update();
  }

  /** Counts one customer-service message against the window that was open when it was sent. */
  public void countSent(long fanId) {
    jdbc.sql("update desk.fan set window_sent = window_sent + 1 where id = ?")
        .param(fanId)
        .update();
  }

  /**
   * Records that WeChat refused a message sent at {@code sentAt} as outside the window (45015). A
   * window the fan opened after that send stays open. Returns whether this closed the window (false
   * when it was closed already or reopened meanwhile).
   */
  public boolean recordWindowClosed(long fanId, Instant sentAt) {
    return jdbc.sql(
                """
            update desk.fan set window_closed_at = ?
             where id = ? and window_closed_at is null and (window_opened_at is null or window_opened_at <= ?)""")
            .params(DbTime.of(clock.instant()), fanId, DbTime.of(sentAt))
            .update()
        == 1;
  }

  private Fan map(ResultSet rs, int row) throws SQLException {
    String kind = rs.getString("window_kind");
    return new Fan(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("openid"),
        rs.getBoolean("subscribed"),
        DbTime.read(rs, "first_seen_at"),
        DbTime.read(rs, "last_message_at"),
        kind == null ? null : Fan.WindowKind.valueOf(kind),
        DbTime.read(rs, "window_opened_at"),
        rs.getInt("window_sent"),
        DbTime.read(rs, "window_closed_at"),
        rs.getBoolean("web_visitor"));
  }
}
