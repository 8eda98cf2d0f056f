package org.wechatdesk.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims rows of a work table ({@code desk.inbound_message}, {@code desk.outbound_message}) with a
 * lease, so that several threads and nodes share the work and a crashed node's rows come back when
 * the lease runs out. Only the oldest pending row of each fan can be claimed, which keeps every
 * fan's messages in order while different fans proceed in parallel.
 *
 * <p>Three rules keep a row from being worked twice. The claim's UPDATE repeats every claimable
 * condition (status, due time, lease), which PostgreSQL re-checks on the row it finally locks, so a
 * row that another worker finished after the candidates were read is not taken again. A claimer
 * {@link #renew renews} each row's lease just before it works on it, under its token: the lease
 * then has to cover one row, not a whole batch, and a row whose lease ran out and was taken by
 * another claimer meanwhile is skipped. And work that cannot be taken back is marked {@link
 * #IN_FLIGHT} first, so that a claimer dying in the middle of it leaves a row that is never simply
 * done again.
 */
public class FanOrderedQueue {

  /**
   * A row its claimer is working on where the work cannot be taken back (a message handed to
   * WeChat). It still holds its fan's place in line, and is never claimed again: if its claimer
   * stops before finishing it, {@link #abandonedInFlight} finds it once the lease has run out.
   */
  public static final String IN_FLIGHT = "SENDING";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final boolean skipLocked;
  private final TransactionTemplate claimTransaction;
  private final String candidatesSql;
  private final String claimSql;
  private final String table;

  public FanOrderedQueue(DataSource dataSource, Clock clock, String table, String order) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
    this.table = table;
    this.skipLocked = Databases.isPostgres(dataSource);
    this.claimTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    claimTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.candidatesSql =
        """
        select c.id from %1$s c
         where c.status = 'PENDING' and c.next_attempt_at <= :now
           and (c.claimed_until is null or c.claimed_until < :now)
           and c.id = (select min(e.id) from %1$s e
                        where e.account_id = c.account_id and e.openid = c.openid
                          and e.status in ('PENDING', '%3$s'))
         order by %2$s
         fetch first :limit rows only"""
            .formatted(table, order, IN_FLIGHT);
    this.claimSql =
        skipLocked
            ? """
            update %s set claim_token = :token, claimed_until = :until
             where id in (%s for update of c skip locked)
            returning id"""
                .formatted(table, candidatesSql)
            : """
            update %s set claim_token = :token, claimed_until = :until
             where id in (:ids) and status = 'PENDING' and next_attempt_at <= :now
               and (claimed_until is null or claimed_until < :now)"""
                .formatted(table);
  }

  /**
   * Returns the ids claimed for this caller, oldest first, under a token that proves the claim.
   *
   * <p>On PostgreSQL one statement picks and claims the rows, skipping rows that another claim is
   * taking at this moment: claimers no longer queue on each other's row locks, and no second query
   * looks the claimed rows up again (under a few hundred pushes a second, the old three statements
   * were most of the database's work; docs/benchmarks.md, "Push"). A locked row is re-checked when
   * it is locked, so a row another claimer took or finished meanwhile is left out. On the embedded
   * H2 database, which runs one node, the candidates are read first, then claimed by an UPDATE that
   * repeats every claimable condition.
   */
  public Claim claim(int limit, Duration lease) {
    Instant now = clock.instant();
    String token = UUID.randomUUID().toString();
    if (skipLocked) {
      List<Long> claimed =
          claimTransaction.execute(
              status -> {
                // The claimable rows are read along their index, already in order. Planned on the
                // statistics of a table that was empty when last analyzed (a new desk's first
                // burst), PostgreSQL would instead sort every pending row on each claim: 60 ms with
                // 25,000 waiting, against 3 ms. The fan line is checked as "is this the fan's first
                // unfinished row", a probe of the fan's line index per candidate: the driver's
                // prepared statement settles on a generic plan after a few claims, and written as
                // "no earlier unfinished row" that plan read every unfinished row of the table for
                // each candidate (160 ms a claim with 10,000 texts queued), so each claim had to be
                // planned afresh, most of a claim's cost (docs/benchmarks.md, "Issue 19, sixth
                // session").
                jdbc.sql("select set_config('enable_sort', 'off', true)")
                    .query((rs, row) -> row)
                    .list();
                return jdbc.sql(claimSql)
                    .param("token", token)
                    .param("until", DbTime.of(now.plus(lease)))
                    .param("now", DbTime.of(now))
                    .param("limit", limit)
                    .query(Long.class)
                    .list();
              });
      return new Claim(token, claimed.stream().sorted().toList());
    }
    List<Long> candidates =
        jdbc.sql(candidatesSql)
            .param("now", DbTime.of(now))
            .param("limit", limit)
            .query(Long.class)
            .list();
    if (candidates.isEmpty()) {
      return new Claim(token, List.of());
    }
    int claimed =
        jdbc.sql(claimSql)
            .param("token", token)
            .param("until", DbTime.of(now.plus(lease)))
            .param("now", DbTime.of(now))
            .param("ids", candidates)
            .update();
    if (claimed == 0) {
      return new Claim(token, List.of());
    }
    return new Claim(
        token,
        jdbc.sql("select id from " + table + " where claim_token = ? order by id")
            .param(token)
            .query(Long.class)
            .list());
  }

  /**
   * The claim's statement, with named parameters: {@code token}, {@code until}, {@code now}, {@code
   * limit}.
   */
  String claimStatement() {
    return claimSql;
  }

  /**
   * Extends the lease of a claimed row just before the claimer works on it. Returns false when the
   * row is no longer this claimer's (its lease ran out and another claimer took it, or it is
   * finished): the caller must then leave it alone.
   */
  public boolean renew(long id, String token, Duration lease) {
    return jdbc.sql(
                "update "
                    + table
                    + """
             set claimed_until = ?
           where id = ? and claim_token = ? and status = 'PENDING'""")
            .params(DbTime.of(clock.instant().plus(lease)), id, token)
            .update()
        == 1;
  }

  /**
   * Marks a claimed row {@link #IN_FLIGHT} before work that cannot be taken back, with the lease
   * extended as {@link #renew} does; false if it is not ours.
   */
  public boolean markInFlight(long id, String token, Duration lease) {
    return jdbc.sql(
                "update "
                    + table
                    + " set status = ?, claimed_until = ?"
                    + " where id = ? and claim_token = ? and status = 'PENDING'")
            .params(IN_FLIGHT, DbTime.of(clock.instant().plus(lease)), id, token)
            .update()
        == 1;
  }

  /**
   * Rows left {@link #IN_FLIGHT} by a claimer whose lease ran out: it stopped before it could
   * finish them.
   */
  public List<Long> abandonedInFlight() {
    return jdbc.sql(
            "select id from " + table + " where status = ? and claimed_until < ? order by id")
        .params(IN_FLIGHT, DbTime.of(clock.instant()))
        .query(Long.class)
        .list();
  }

  /**
   * Ends the claim with a final status. Returns false when the lease ran out and another claimer
   * took the row meanwhile: the caller must then roll back what it did for this row.
   */
  public boolean finish(long id, String token, String status, String error) {
    return jdbc.sql(
                "update "
                    + table
                    + """
             set status = ?, claim_token = null, claimed_until = null, error_reason = ?
           where id = ? and claim_token = ?""")
            .params(status, truncate(error), id, token)
            .update()
        == 1;
  }

  public record Claim(String token, List<Long> ids) {}

  /**
   * Puts a claimed row back for a later attempt and frees it for any claimer. Does nothing when the
   * row is no longer this claimer's, so a claimer that lost its lease cannot count an attempt of
   * another's.
   */
  public void retryLater(long id, String token, Duration backoff, String error) {
    jdbc.sql(
            "update "
                + table
                + """
             set status = 'PENDING', attempts = attempts + 1, next_attempt_at = ?, claim_token = null,
                 claimed_until = null, error_reason = ?
           where id = ? and claim_token = ?""")
        .params(DbTime.of(clock.instant().plus(backoff)), truncate(error), id, token)
        .update();
  }

  /** Cuts an error text to the 500 characters the work tables keep. */
  public static String truncate(String text) {
    if (text == null) {
      return null;
    }
    return text.length() <= 500 ? text : text.substring(0, 500);
  }
}
