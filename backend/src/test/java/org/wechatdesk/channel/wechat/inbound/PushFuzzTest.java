package org.wechatdesk.channel.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.channel.wechat.inbound.FuzzedPush.Expect;
import org.wechatdesk.support.IntegrationTest;

/**
 * Posts mutated pushes to the real push URL of a bound account and holds the desk to three rules
 * for every one: never a 5xx; a refused push (4xx) stores nothing; an accepted push is stored
 * exactly once, as the message it carried (and a resent one not again). Cases where the answer is
 * known (a valid push, a broken signature, an entity bomb, ...) must also get that answer.
 *
 * <p>About 1,000 cases by default; {@code -Ddesk.fuzz.cases=100000} for a long run and {@code
 * -Ddesk.fuzz.seed=N} to replay the run that printed seed N.
 */
class PushFuzzTest extends IntegrationTest {

  private static final int MAX_FAILURES_LISTED = 30;

  /** A long run reports as it goes, so that one cut short still tells how far it came. */
  private static final int PROGRESS_EVERY = 10_000;

  @Autowired private WeChatProperties properties;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void mutatedPushesAreAnsweredAndStoredByTheRules() {
    long seed = Long.getLong("desk.fuzz.seed", new SecureRandom().nextLong());
    int cases = Integer.getInteger("desk.fuzz.cases", 1000);
    System.out.printf(
        "Push fuzzer: %d cases, seed %d (replay with -Ddesk.fuzz.seed=%d -Ddesk.fuzz.cases=%d)%n",
        cases, seed, seed, cases);
    TestAccount account = bindAccount();
    String url = baseUrl() + "/wechat/push/" + account.account().appId();
    PushMutations mutations =
        new PushMutations(
            account.account(), properties.push().maxClockSkew(), properties.push().maxBodyBytes());
    Random random = new Random(seed);
    Tally tally = new Tally();
    long lastRowId = lastRowId(account.account().id());
    long started = System.nanoTime();
    for (int i = 0; i < cases && tally.failures.size() < MAX_FAILURES_LISTED; i++) {
      FuzzedPush.Request request = mutations.next(random, Instant.now().getEpochSecond()).build();
      int status = post(url, request);
      List<StoredRow> rows = storedSince(account.account().id(), lastRowId);
      lastRowId = rows.isEmpty() ? lastRowId : rows.get(rows.size() - 1).id();
      String failure = broken(request, status, rows.stream().map(StoredRow::bodyXml).toList());
      if (failure != null) {
        tally.failures.add("case " + i + " (" + request.description() + "): " + failure);
      } else if (status == 200
          && request.expect() != Expect.DUPLICATE
          && request.storedXml() != null) {
        mutations.accepted(request.storedXml(), random);
      }
      tally.count(request, status);
      if (tally.cases % PROGRESS_EVERY == 0) {
        tally.print(started);
      }
    }
    tally.print(started);
    tally.byDescription.forEach(
        (description, statuses) -> System.out.printf("  %-60s %s%n", description, statuses));
    assertThat(tally.failures).as("cases that broke a rule (seed %d)", seed).isEmpty();
  }

  /** What the answer and the stored rows break of the rules, or null. */
  private static String broken(FuzzedPush.Request request, int status, List<String> stored) {
    if (status >= 500 || status < 200) {
      return "answered " + status;
    }
    if (status != 200 && !stored.isEmpty()) {
      return "refused with " + status + " but stored " + stored.size() + " row(s)";
    }
    if (status != 200 && status < 400) {
      return "answered " + status;
    }
    boolean accepted = status == 200;
    return switch (request.expect()) {
      case ACCEPT ->
          !accepted ? "a valid push was refused with " + status : storedOnce(request, stored);
      case DUPLICATE ->
          !accepted
              ? "a resend was refused with " + status
              : stored.isEmpty() ? null : "a resend was stored again";
      case REFUSE -> accepted ? "accepted, but should be refused" : null;
      case ANY -> accepted ? storedOnce(request, stored) : null;
    };
  }

  private static String storedOnce(FuzzedPush.Request request, List<String> stored) {
    if (stored.size() != 1) {
      return "accepted and stored " + stored.size() + " times";
    }
    if (request.storedXml() != null && !request.storedXml().equals(stored.get(0))) {
      return "accepted, but the stored XML is not the message sent";
    }
    return null;
  }

  private int post(String url, FuzzedPush.Request request) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url + "?" + request.query()))
                  .header("Content-Type", "text/xml")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(request.body()))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(
          "The desk did not answer " + request.description() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long lastRowId(long accountId) {
    return jdbc.sql("select coalesce(max(id), 0) from desk.inbound_message where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  private List<StoredRow> storedSince(long accountId, long rowId) {
    return jdbc.sql(
            "select id, body_xml from desk.inbound_message where account_id = ? and id > ? order by id")
        .params(accountId, rowId)
        .query(StoredRow.class)
        .list();
  }

  private record StoredRow(long id, String bodyXml) {}

  private static final class Tally {
    int cases;
    int accepted;
    int resends;
    final Map<Integer, Integer> refusedByStatus = new TreeMap<>();
    final Map<String, Map<Integer, Integer>> byDescription = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    void print(long started) {
      System.out.printf(
          "Push fuzzer: %d cases in %d s, %d accepted (%d of them resends, not stored again), "
              + "refused by status %s, %d broke a rule%n",
          cases,
          (System.nanoTime() - started) / 1_000_000_000L,
          accepted,
          resends,
          refusedByStatus,
          failures.size());
    }

    void count(FuzzedPush.Request request, int status) {
      cases++;
      if (status == 200) {
        accepted++;
        if (request.expect() == Expect.DUPLICATE) {
          resends++;
        }
      } else {
        refusedByStatus.merge(status, 1, Integer::sum);
      }
      byDescription
          .computeIfAbsent(request.description().replaceAll("-?\\d{2,}", "N"), d -> new TreeMap<>())
          .merge(status, 1, Integer::sum);
    }
  }
}
