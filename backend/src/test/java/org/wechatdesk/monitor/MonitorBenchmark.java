package org.wechatdesk.monitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * The monitor's list on a year's worth of conversations: N ended ones and a few hundred live ones
 * on a fresh PostgreSQL database, timed with the status index (V76) and without it. In the monitor
 * package because the list's query is the package's own. Not a test: run it with {@code ./mvnw
 * -Pbench -pl backend verify -DskipTests -Dbench.skip.push=true -Dbench.skip.assignment=true
 * -Dbench.skip.conversation=true -Dbench.skip.realtime=true
 * [-Dbench.monitor.conversations=1000000]}.
 */
public final class MonitorBenchmark {

  private static final int LIVE = 300;
  private static final int FANS = 20_000;
  private static final int ROUNDS = 30;

  private MonitorBenchmark() {}

  public static void main(String[] args) throws Exception {
    int ended = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    System.out.printf(
        "Monitor benchmark: %d ended and %d live conversations, %d cores, Java %s%n",
        ended, LIVE, Runtime.getRuntime().availableProcessors(), Runtime.version());
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=monitorbench")) {
      long accountId =
          app.getBean(AccountService.class)
              .bind(
                  new AccountRequest(
                      "Bench",
                      "gh_00000000eeee",
                      "wx00000000000000ee",
                      "0123456789abcdef0123456789abcdef",
                      "benchToken",
                      "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"))
              .id();
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      long started = System.nanoTime();
      generate(jdbc, accountId, ended);
      System.out.printf("generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
      LiveConversations live = app.getBean(LiveConversations.class);
      time("list, with the status index", live, ended);
      jdbc.sql("drop index desk.conversation_status").update();
      jdbc.sql("analyze desk.conversation").update();
      time("list, without it", live, ended);
    }
  }

  /** Fans, then conversations: all ended but the last {@link #LIVE}, half of those waiting. */
  private static void generate(JdbcClient jdbc, long accountId, int ended) {
    jdbc.sql(
            """
            insert into desk.fan (account_id, openid, subscribed, first_seen_at)
            select ?, 'o_bench_' || g, true, now() from generate_series(1, ?) g""")
        .params(accountId, FANS)
        .update();
    long firstFan =
        jdbc.sql("select min(id) from desk.fan where account_id = ?")
            .param(accountId)
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            insert into desk.conversation (account_id, fan_id, status, last_speaker, started_at, ended_at)
            select ?, ? + g % ?, case when g > ? then (case when g % 2 = 0 then 'QUEUED' else 'CHATTING' end)
                                      else 'ENDED' end,
                   'VISITOR', now() - (? - g) * interval '30 seconds',
                   case when g > ? then null else now() - (? - g) * interval '30 seconds' end
              from generate_series(1, ?) g""")
        .params(accountId, firstFan, FANS, ended, ended + LIVE, ended, ended + LIVE, ended + LIVE)
        .update();
    jdbc.sql("analyze desk.conversation").update();
  }

  private static void time(String label, LiveConversations live, int ended) {
    List<Double> millis = new ArrayList<>();
    int rows = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      rows = live.all().size();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    // The first rounds warm the JIT and the database's caches.
    List<Double> measured = new ArrayList<>(millis.subList(5, millis.size()));
    Collections.sort(measured);
    System.out.printf(
        "%s: %d rows of %d conversations, median %.1f ms, p90 %.1f ms, max %.1f ms%n",
        label,
        rows,
        ended + LIVE,
        measured.get(measured.size() / 2),
        measured.get((int) (measured.size() * 0.9)),
        measured.get(measured.size() - 1));
  }
}
