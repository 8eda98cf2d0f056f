package org.wechatdesk.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.kie.api.KieBase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.EnqueueRequest;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.rules.AssignmentRules;
import org.wechatdesk.routing.rules.Candidate;
import org.wechatdesk.routing.rules.Policy;
import org.wechatdesk.routing.rules.Queue;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.routing.rules.Situation;
import org.wechatdesk.routing.rules.Visitor;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Assignment throughput and latency with A agents and V visitors: compiling the rule set; the rules
 * alone (A candidates per decision); and the whole path on a fresh PostgreSQL database, first V
 * visitors entering a queue with room for half of them, then every served conversation ending so
 * that each release assigns a waiting visitor. Not a test: run it with {@code ./mvnw -Pbench -pl
 * backend -am verify -DskipTests -Dbench.skip.push=true [-Dbench.agents=200
 * -Dbench.visitors=2000]}.
 */
public final class AssignmentBenchmark {

  private static final String APP_ID = "wx00000000000000dd";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final int THREADS = 8;

  private AssignmentBenchmark() {}

  public static void main(String[] args) throws Exception {
    int agents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int visitors = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    System.out.printf(
        "Assignment benchmark: %d agents, %d visitors, %d threads, %d cores, Java %s%n",
        agents,
        visitors,
        THREADS,
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    compileTimes();
    rulesOnly(agents, visitors);
    endToEnd(agents, visitors);
  }

  private static void compileTimes() {
    String drl = RuleSet.ASSIGNMENT.shippedDrl();
    long[] millis = new long[6];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      RuleSet.ASSIGNMENT.compile(drl);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] warm = Arrays.copyOfRange(millis, 1, millis.length);
    Arrays.sort(warm);
    System.out.printf(
        "%-44s first %d ms, then median %d ms%n",
        "rule set compile (+ rehearsal)", millis[0], warm[warm.length / 2]);
  }

  private static void rulesOnly(int agents, int visitors) throws Exception {
    KieBase rules = RuleSet.ASSIGNMENT.compile(RuleSet.ASSIGNMENT.shippedDrl());
    IntConsumer decide =
        i -> {
          List<Candidate> candidates = new ArrayList<>(agents);
          for (int a = 0; a < agents; a++) {
            AgentStatus status =
                a % 10 == 0
                    ? AgentStatus.OFFLINE
                    : a % 10 == 1 ? AgentStatus.BUSY : AgentStatus.ONLINE;
            candidates.add(
                new Candidate(
                    a,
                    "agent" + a,
                    status,
                    5,
                    (a + i) % 6,
                    true,
                    false,
                    a % 6,
                    Instant.EPOCH.plusSeconds(a),
                    Instant.EPOCH.plusSeconds((a * 7L + i) % agents)));
          }
          QueueStrategy strategy = QueueStrategy.values()[i % QueueStrategy.values().length];
          AssignmentRules.decide(
              rules,
              new Situation(
                  new Visitor(
                      i,
                      i % 10 == 0,
                      false,
                      (long) (i % agents),
                      (long) ((i + 1) % agents),
                      (long) (i % 3000)),
                  new Queue(1, strategy, "billing"),
                  new Policy(1440),
                  candidates));
        };
    run("warm-up (rules only)", visitors, decide);
    run("rules only: " + agents + " candidates per decision", visitors, decide);
  }

  private static void endToEnd(int agents, int visitors) throws Exception {
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=assignmentbench")) {
      long accountId =
          app.getBean(AccountService.class)
              .bind(
                  new AccountRequest(
                      "Bench",
                      "gh_00000000dddd",
                      APP_ID,
                      SECRET,
                      "benchToken",
                      "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"))
              .id();
      long queue =
          app.getBean(ServiceQueueRepository.class)
              .insert("bench", QueueStrategy.LEAST_LOADED, null);
      DeskUserRepository users = app.getBean(DeskUserRepository.class);
      AgentProfileRepository profiles = app.getBean(AgentProfileRepository.class);
      int limit = Math.max(1, visitors / agents / 2);
      for (int a = 0; a < agents; a++) {
        users.insert("bench" + a, "{noop}x", "Bench " + a, Role.AGENT);
        long id = users.findByUsername("bench" + a).orElseThrow().id();
        profiles.savePresence(id, AgentStatus.ONLINE, limit);
        profiles.replaceQueues(id, Set.of(queue));
      }
      FanRepository fans = app.getBean(FanRepository.class);
      long[] fanIds = new long[visitors];
      for (int v = 0; v < visitors; v++) {
        fanIds[v] = fans.findOrCreate(accountId, "o_bench_" + v).id();
      }
      Routing routing = app.getBean(Routing.class);
      run(
          "enqueue: " + agents * limit + " assigned at once, rest wait",
          visitors,
          v -> routing.enqueue(new EnqueueRequest(v + 1, accountId, fanIds[v], queue, Set.of())));
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      List<long[]> served =
          jdbc.sql(
                  "select conversation_id, assigned_agent_id from desk.queue_entry where status = 'ASSIGNED'")
              .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
              .list();
      run(
          "release: each assigns a waiting visitor",
          served.size(),
          i -> routing.release(served.get(i)[0], served.get(i)[1]));
      System.out.printf(
          "waiting afterwards: %d (expected %d)%n",
          jdbc.sql("select count(*) from desk.queue_entry where status = 'WAITING'")
              .query(Long.class)
              .single(),
          Math.max(0, visitors - 2L * agents * limit));
    }
  }

  private static void run(String label, int count, IntConsumer task) throws Exception {
    long[] latencies = new long[count];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                  long began = System.nanoTime();
                  task.accept(i);
                  latencies[i] = System.nanoTime() - began;
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    Arrays.sort(latencies);
    System.out.printf(
        "%-44s %7.0f decisions/s   p50 %6.2f ms   p99 %7.2f ms   max %7.2f ms%n",
        label,
        count * 1e9 / elapsed,
        percentile(latencies, 50),
        percentile(latencies, 99),
        latencies[count - 1] / 1e6);
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
