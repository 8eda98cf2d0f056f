package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.MovableClock;

/**
 * The claim races that made one push processed twice and one text sent twice, played out with two
 * connections at the exact moment they happened, on a work table of the test's own (the desk's
 * workers never see it).
 */
class FanOrderedQueueTest extends IntegrationTest {

  private static final Duration LEASE = Duration.ofSeconds(30);

  @Autowired DataSource dataSource;

  private String table;

  @BeforeEach
  void workTable() {
    table = "desk.queue_test_" + System.nanoTime();
    jdbc.sql(
            """
        create table %s (
          id bigint primary key, account_id bigint not null, openid varchar(64) not null,
          status varchar(16) not null, next_attempt_at timestamp with time zone not null,
          claimed_until timestamp with time zone, claim_token varchar(64), attempts int not null default 0,
          error_reason varchar(500))"""
                .formatted(table))
        .update();
  }

  private void insertPending(long id, String openid, Instant claimedUntil, String token) {
    jdbc.sql(
            "insert into "
                + table
                + " (id, account_id, openid, status, next_attempt_at, claimed_until, claim_token)"
                + " values (?, 1, ?, 'PENDING', ?, ?, ?)")
        .params(
            id, openid, DbTime.of(Instant.now().minusSeconds(60)), DbTime.of(claimedUntil), token)
        .update();
  }

  @Test
  void aRowFinishedWhileAnotherClaimIsUnderWayIsNotClaimedAgain() throws Exception {
    // Worker A claimed row 1 and outran its lease; it is finishing the row just as worker B claims.
    insertPending(1, "o_fan", Instant.now().minusSeconds(1), "worker-a");
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, Clock.systemUTC(), table, "c.id");
    try (Connection workerA = dataSource.getConnection()) {
      workerA.setAutoCommit(false);
      try (Statement finish = workerA.createStatement()) {
        finish.executeUpdate(
            "update "
                + table
                + " set status = 'PROCESSED', claim_token = null, claimed_until = null where id = 1");
      }
      assertThat(queue.claim(10, LEASE).ids())
          .as("B passes over the row A is finishing instead of waiting for it")
          .isEmpty();
      workerA.commit();
    }
    assertThat(queue.claim(10, LEASE).ids()).as("the finished row stays finished").isEmpty();
    assertThat(
            jdbc.sql("select status from " + table + " where id = 1").query(String.class).single())
        .isEqualTo("PROCESSED");
    assertThat(
            jdbc.sql("select count(*) from " + table + " where claim_token is not null")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aFansNextRowWaitsWhileItsFirstIsBeingClaimedElsewhere() throws Exception {
    insertPending(1, "o_first", null, null);
    insertPending(2, "o_first", null, null);
    insertPending(3, "o_second", null, null);
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, Clock.systemUTC(), table, "c.id");
    try (Connection otherClaim = dataSource.getConnection()) {
      otherClaim.setAutoCommit(false);
      try (Statement lock = otherClaim.createStatement()) {
        lock.executeQuery("select id from " + table + " where id = 1 for update").close();
      }
      assertThat(queue.claim(10, LEASE).ids())
          .as("row 1 is being claimed, and row 2 must wait for it: only the other fan's row")
          .containsExactly(3L);
      otherClaim.rollback();
    }
    assertThat(queue.claim(10, LEASE).ids()).containsExactly(1L);
  }

  /**
   * Eight claimers race over a thousand rows of fifty fans, each finishing what it claimed: every
   * row is claimed exactly once, no fan ever has two rows claimed at the same time, and each fan's
   * rows are finished in order.
   */
  @Test
  void racingClaimersTakeEachRowOnceAndOneRowPerFanAtATime() throws Exception {
    int rows = 1000;
    for (int id = 1; id <= rows; id++) {
      insertPending(id, fanOf(id), null, null);
    }
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, Clock.systemUTC(), table, "c.id");
    Map<Long, Integer> claims = new ConcurrentHashMap<>();
    Set<String> fansInHand = ConcurrentHashMap.newKeySet();
    List<String> overlaps = new CopyOnWriteArrayList<>();
    Map<String, List<Long>> finishedInOrder = new ConcurrentHashMap<>();
    ExecutorService claimers = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < 8; c++) {
        done.add(
            claimers.submit(
                () -> {
                  int idle = 0;
                  while (idle < 3) {
                    FanOrderedQueue.Claim claim = queue.claim(5, LEASE);
                    idle = claim.ids().isEmpty() ? idle + 1 : 0;
                    for (long id : claim.ids()) {
                      claims.merge(id, 1, Integer::sum);
                      if (!fansInHand.add(fanOf(id))) {
                        overlaps.add(fanOf(id) + " at row " + id);
                      }
                    }
                    for (long id : claim.ids()) {
                      finishedInOrder.computeIfAbsent(
                          fanOf(id), fan -> new CopyOnWriteArrayList<>());
                      fansInHand.remove(fanOf(id));
                      synchronized (finishedInOrder) {
                        finishedInOrder.get(fanOf(id)).add(id);
                        queue.finish(id, claim.token(), "PROCESSED", null);
                      }
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> claimer : done) {
        claimer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      claimers.shutdownNow();
    }
    assertThat(claims).hasSize(rows).allSatisfy((id, times) -> assertThat(times).isOne());
    assertThat(overlaps).isEmpty();
    assertThat(finishedInOrder)
        .hasSize(50)
        .allSatisfy((fan, ids) -> assertThat(ids).hasSize(rows / 50).isSorted());
    assertThat(
            jdbc.sql("select count(*) from " + table + " where status = 'PROCESSED'")
                .query(Long.class)
                .single())
        .isEqualTo(rows);
  }

  @Test
  void aClaimerWorksOnlyOnRowsItStillHoldsAndRenewsEachBeforeWorkingOnIt() {
    MovableClock clock = new MovableClock(Instant.now());
    insertPending(1, "o_first", null, null);
    insertPending(2, "o_second", null, null);
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, clock, table, "c.id");

    FanOrderedQueue.Claim workerA = queue.claim(10, LEASE);
    assertThat(workerA.ids()).containsExactly(1L, 2L);
    clock.move(Duration.ofSeconds(20));
    assertThat(queue.renew(1, workerA.token(), LEASE))
        .as("A starts on row 1 with a fresh lease")
        .isTrue();

    // Row 1 takes A so long that the batch's original lease runs out; row 2 waited all that time.
    clock.move(Duration.ofSeconds(11));
    FanOrderedQueue.Claim workerB = queue.claim(10, LEASE);
    assertThat(workerB.ids()).as("only the row whose lease ran out is free").containsExactly(2L);

    assertThat(queue.renew(2, workerA.token(), LEASE)).as("A must leave row 2 to B").isFalse();
    assertThat(queue.renew(2, workerB.token(), LEASE)).isTrue();
    assertThat(queue.finish(1, workerA.token(), "PROCESSED", null)).isTrue();
    queue.retryLater(2, workerA.token(), Duration.ofSeconds(1), "A lost this row");
    assertThat(
            jdbc.sql("select attempts from " + table + " where id = 2")
                .query(Integer.class)
                .single())
        .as("A's late retry does not touch B's row")
        .isZero();
    assertThat(queue.finish(2, workerB.token(), "PROCESSED", null)).isTrue();
  }

  @Test
  void markingARowInFlightRenewsItsLeaseAndOnlyItsHolderCanMarkIt() {
    MovableClock clock = new MovableClock(Instant.now());
    insertPending(1, "o_first", null, null);
    insertPending(2, "o_second", null, null);
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, clock, table, "c.id");
    FanOrderedQueue.Claim workerA = queue.claim(10, LEASE);

    // Row 1 took A 20 s; row 2 leaves now, with a lease counted from now, not from the claim.
    clock.move(Duration.ofSeconds(20));
    assertThat(queue.markInFlight(2, "someone-else", LEASE)).isFalse();
    assertThat(queue.markInFlight(2, workerA.token(), LEASE)).isTrue();
    clock.move(Duration.ofSeconds(20));
    assertThat(queue.abandonedInFlight())
        .as("40 s after the claim, 20 s after it left, row 2 is still in its sender's hands")
        .isEmpty();
    clock.move(Duration.ofSeconds(11));
    assertThat(queue.abandonedInFlight()).containsExactly(2L);
  }

  @Test
  void aFinishedRowIsNeverRenewed() {
    insertPending(1, "o_fan", null, null);
    FanOrderedQueue queue = new FanOrderedQueue(dataSource, Clock.systemUTC(), table, "c.id");
    FanOrderedQueue.Claim claim = queue.claim(10, LEASE);
    assertThat(queue.finish(1, claim.token(), "PROCESSED", null)).isTrue();
    assertThat(queue.renew(1, claim.token(), LEASE)).isFalse();
    assertThat(queue.claim(10, LEASE).ids()).isEmpty();
  }

  /**
   * The driver's prepared claim settles on one generic plan after a few claims, planned without the
   * parameters' values and, on a new desk, on the statistics of an empty table. That plan must
   * still probe each candidate's fan line for its first unfinished row, never read the whole line:
   * a plan that did took 160 ms a claim with 10,000 texts queued.
   */
  @Test
  void theClaimsGenericPlanReadsOneRowOfEachCandidatesFanLine() throws Exception {
    jdbc.sql("create index on %s (id) where status = 'PENDING'".formatted(table)).update();
    jdbc.sql(
            "create index on %s (account_id, openid, id) where status in ('PENDING', 'SENDING')"
                .formatted(table))
        .update();
    jdbc.sql("analyze " + table).update();
    for (int id = 1; id <= 2000; id++) {
      insertPending(id, fanOf(id), null, null);
    }
    String claim =
        new FanOrderedQueue(dataSource, Clock.systemUTC(), table, "c.id")
            .claimStatement()
            .replace(":token", "$1")
            .replace(":until", "$2")
            .replace(":now", "$3")
            .replace(":limit", "$4");
    JsonNode plan;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("set local plan_cache_mode = force_generic_plan");
      statement.execute("set local enable_sort = off");
      statement.execute("prepare generic_claim (text, timestamptz, timestamptz, int) as " + claim);
      try (ResultSet explained =
          statement.executeQuery(
              "explain (analyze, format json) execute generic_claim"
                  + " ('token', now() + interval '30 seconds', now(), 5)")) {
        explained.next();
        plan = new ObjectMapper().readTree(explained.getString(1)).get(0).get("Plan");
      } finally {
        connection.rollback();
        statement.execute("deallocate all");
      }
    }
    List<JsonNode> fanLineReads = new ArrayList<>();
    collectScansOf("e", plan, fanLineReads);
    assertThat(fanLineReads).as("the fan line is read for the candidates").isNotEmpty();
    assertThat(fanLineReads)
        .allSatisfy(
            scan ->
                assertThat(scan.get("Actual Rows").asDouble())
                    .as("rows read from a candidate's fan line, per candidate")
                    .isLessThanOrEqualTo(1));
  }

  private static void collectScansOf(String alias, JsonNode node, List<JsonNode> scans) {
    if (alias.equals(node.path("Alias").asText())) {
      scans.add(node);
    }
    for (JsonNode child : node.path("Plans")) {
      collectScansOf(alias, child, scans);
    }
  }

  private static String fanOf(long id) {
    return "o_fan_" + (id % 50);
  }
}
