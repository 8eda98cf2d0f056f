package org.wechatdesk.bench.load;

import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.wechatdesk.bench.server.BenchAccount;
import org.wechatdesk.bench.server.BenchServer;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * Conversations against the desk in another JVM ({@link BenchServer} with its bench desk: agents
 * online in one queue). N fans write their first message at once (closed loop from C clients), and
 * the server's database is sampled every second for how many conversations are open (queued or
 * chatting) and how many wait: the start rate is printed per 10 s beside the queue's length, so
 * that a rate falling as the queue grows shows. Then the "remind agent" timers of the chats, due
 * while the starts ran, are read for lateness; then, on the now idle node, {@code
 * bench.burst-timers} "appease visitor" timers are made due in the same second and timed to their
 * firing. Then the outbox's own ceiling: {@value #OUTBOX_TEXTS_PER_FAN} texts for each of {@code
 * bench.outbox-fans} fans queued at once and timed until all are sent. Last, the server's memory
 * with the N conversations open. Meanwhile the outbox sends the welcome, queue and assignment texts
 * to a WeChat stand-in that takes {@code bench.wechat.delay-ms} (50) per send: the sends per
 * second, and whether each fan got its texts in the outbox's order ({@link FanOrder}).
 *
 * <p>Properties: {@code bench.conversations} (10000), {@code bench.clients} (16), {@code
 * bench.agents} (200) and {@code bench.slots} (places per agent, 50: fewer places than
 * conversations make a queue), {@code bench.timer-spread} (PT10S), {@code bench.burst-timers}
 * (1000), {@code bench.burst-rounds} (1), {@code bench.outbox-fans} (2000), {@code
 * bench.server.jvm}.
 */
public final class ConversationLoad {

  private static final int REMIND_SECONDS = 10;
  private static final Duration LIMIT = Duration.ofMinutes(30);
  private static final int OUTBOX_TEXTS_PER_FAN = 5;

  /** Queued or in WeChat's hands: a text WeChat has may not be recorded as sent yet. */
  private static final String UNSENT =
      "select count(*) from desk.outbound_message where status in ('PENDING', 'SENDING')";

  private static final String OPEN =
      "select count(*) from desk.conversation where status in ('QUEUED', 'CHATTING')";

  private ConversationLoad() {}

  public static void main(String[] args) throws Exception {
    int conversations = Integer.getInteger("bench.conversations", 10_000);
    int clients = Integer.getInteger("bench.clients", 16);
    int agents = Integer.getInteger("bench.agents", 200);
    int slots = Integer.getInteger("bench.slots", 50);
    String spread = System.getProperty("bench.timer-spread", "PT10S");
    int burst = Integer.getInteger("bench.burst-timers", 1000);
    int burstRounds = Integer.getInteger("bench.burst-rounds", 1);
    int wechatMillis = Integer.getInteger("bench.wechat.delay-ms", 50);
    int outboxFans = Math.min(conversations, Integer.getInteger("bench.outbox-fans", 2000));
    List<String> jvm = List.of(System.getProperty("bench.server.jvm", "-Xmx2g").split(" "));

    System.out.println(RunRecord.describe());
    System.out.printf(
        "conversation load: %d first messages from %d clients; %d agents x %d places; timer spread"
            + " %s; WeChat answers a send in %d ms; %d node(s), server JVM %s%n",
        conversations, clients, agents, slots, spread, wechatMillis, ServerNodes.configured(), jvm);
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ServerNodes server =
            new ServerNodes(
                ServerNodes.configured(),
                jvm,
                wechat.baseUrl(),
                "conversationload",
                List.of(
                    "--camunda.bpm.job-execution.enabled=true",
                    "--desk.wechat.quota.message-limit=20",
                    "--desk.conversation.timer-spread=" + spread,
                    "--bench.agents=" + agents,
                    "--bench.slots=" + slots,
                    "--bench.remind-seconds=" + REMIND_SECONDS));
        ServerDatabase database = new ServerDatabase(server.databaseUrl())) {
      wechat.registerApp(BenchAccount.APP_ID, BenchAccount.SECRET);
      wechat.delay(FakeWeChatApi.SEND, Duration.ofMillis(wechatMillis));
      List<HttpRequest> firstMessages =
          BenchPushes.texts(
              server, BenchPushes.PUSH_PATH, conversations, i -> "o_conv_" + i, i -> "你好");

      List<Sample> samples = new CopyOnWriteArrayList<>();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      long start = System.nanoTime();
      sampler.scheduleAtFixedRate(
          () -> samples.add(sample(database, wechat, start)), 0, 1, TimeUnit.SECONDS);
      Requests.Result pushed =
          new Requests(r -> r.statusCode() == 200 && "success".equals(r.body()))
              .closedLoop(firstMessages, clients);
      database.awaitCount(conversations, LIMIT, OPEN);
      double allOpen = (System.nanoTime() - start) / 1e9;
      database.awaitNone(LIMIT, UNSENT);
      double drained = (System.nanoTime() - start) / 1e9;
      sampler.shutdown();
      sampler.awaitTermination(10, TimeUnit.SECONDS);
      System.out.println(pushed.format("first messages acknowledged"));
      System.out.printf(
          "conversations open (queued or chatting): all %d after %.1f s, %.1f /s%n",
          conversations, allOpen, conversations / allOpen);
      printRates(samples);
      System.out.printf(
          "outbox: %d sends delivered to WeChat, drained after %.1f s: %.1f sends/s%n",
          wechat.deliveries().size(), drained, wechat.deliveries().size() / drained);
      System.out.println(FanOrder.check(database, wechat.deliveries()));

      long chatting =
          database.count("select count(*) from desk.conversation where status = 'CHATTING'");
      database.awaitCount(
          chatting,
          LIMIT,
          "select count(*) from act_hi_actinst where act_id_ = 'Task_RemindAgent' and end_time_ is not null");
      List<Long> remind =
          database.millis(
              """
              select extract(epoch from r.start_time_ - w.start_time_) - ?
                from act_hi_actinst r
                join act_hi_actinst w
                  on w.proc_inst_id_ = r.proc_inst_id_ and w.act_id_ = 'Task_AwaitAgentReply'
               where r.act_id_ = 'Task_RemindAgent'""",
              REMIND_SECONDS);
      System.out.println(
          "\"remind agent\" lateness while the starts ran ("
              + remind.size()
              + " timers, due "
              + REMIND_SECONDS
              + " s after each chat began): "
              + summary(remind));

      for (int round = 1; round <= burstRounds; round++) {
        burstTimers(database, burst);
      }
      outboxCeiling(database, wechat, outboxFans, OUTBOX_TEXTS_PER_FAN);
      System.out.println("server memory with " + conversations + " open: " + server.memory());
      System.out.println("load average at the end: " + RunRecord.loadAverage());
    }
  }

  /**
   * Makes {@code count} pending "appease visitor" timers due in the same second, 5 s from now, on
   * the idle node, and times each from that second to its firing (the engine's history). Run {@code
   * bench.burst-rounds} times (1), each on timers not yet fired: the first round is also the first
   * time the node runs a timer's code, so a later round shows the node warmed up.
   */
  private static void burstTimers(ServerDatabase database, int count) throws Exception {
    Timestamp scheduled = Timestamp.from(Instant.now());
    Timestamp due =
        Timestamp.from(
            Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    int moved =
        database.update(
            """
            update act_ru_job set duedate_ = ?
             where id_ in (select id_ from act_ru_job
                            where type_ = 'timer' and handler_cfg_ like '%Timer_AgentIdleAppease%'
                            order by id_ limit ?)""",
            due, count);
    // A fired timer's job is gone. Counting the few pending jobs costs the node under measurement
    // little; counting the fired timers in the engine's history scanned all of it: 37 ms a poll.
    database.awaitNone(
        LIMIT, "select count(*) from act_ru_job where duedate_ = ? and retries_ > 0", due);
    List<Long> lateness =
        database.millis(
            "select extract(epoch from end_time_ - ?) from act_hi_actinst"
                + " where act_id_ = 'Timer_AgentIdleAppease' and end_time_ >= ?",
            due,
            scheduled);
    System.out.println(
        moved
            + " timers due in the same second on the idle node, "
            + lateness.size()
            + " fired, after: "
            + summary(lateness));
  }

  /**
   * The outbox's own ceiling, apart from the starts that feed it: {@code textsPerFan} texts for
   * each of {@code fans} fans with open chats are queued in one transaction (as if many features
   * queued them at once), and timed from that commit until WeChat's stand-in has all of them. The
   * sender finds them at its next poll, as it finds rows another node queued.
   */
  private static void outboxCeiling(
      ServerDatabase database, FakeWeChatApi wechat, int fans, int textsPerFan) throws Exception {
    String sent = "select count(*) from desk.outbound_message where status = 'SENT'";
    database.awaitNone(LIMIT, UNSENT);
    long sentBefore = database.count(sent);
    int deliveredBefore = wechat.deliveries().size();
    long start = System.nanoTime();
    int queued =
        database.update(
            """
            insert into desk.outbound_message
              (account_id, fan_id, openid, kind, payload, priority, idempotency_key, status,
               next_attempt_at, requested_by, created_at, channel)
            select f.account_id, f.id, f.openid, 'TEXT', '{"text":"ceiling ' || n || '"}', 0,
                   'bench-ceiling-' || f.id || '-' || n, 'PENDING', localtimestamp, 'bench',
                   localtimestamp, 'WECHAT'
              from (select id, account_id, openid from desk.fan order by id limit ?) f
             cross join generate_series(1, ?) n
             order by f.id, n""",
            fans,
            textsPerFan);
    database.awaitCount(sentBefore + queued, LIMIT, sent);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "outbox ceiling: %d texts queued at once for %d fans, all sent after %.1f s: %.1f sends/s"
            + " (WeChat delivered %d)%n",
        queued, fans, seconds, queued / seconds, wechat.deliveries().size() - deliveredBefore);
    System.out.println(FanOrder.check(database, wechat.deliveries()));
  }

  private record Sample(double seconds, long open, long waiting, long sent) {}

  private static Sample sample(ServerDatabase database, FakeWeChatApi wechat, long start) {
    try {
      return new Sample(
          (System.nanoTime() - start) / 1e9,
          database.count(OPEN),
          database.count("select count(*) from desk.conversation where status = 'QUEUED'"),
          wechat.deliveries().size());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Conversations opened and texts sent per second in each 10 s, with the queue's length at its
   * end.
   */
  private static void printRates(List<Sample> samples) {
    System.out.println("   seconds   opened/s   open   waiting   sent/s");
    for (int i = 10; i < samples.size(); i += 10) {
      Sample from = samples.get(i - 10);
      Sample to = samples.get(i);
      double seconds = to.seconds() - from.seconds();
      System.out.printf(
          "%5.0f-%-4.0f %9.1f %7d %9d %8.1f%n",
          from.seconds(),
          to.seconds(),
          (to.open() - from.open()) / seconds,
          to.open(),
          to.waiting(),
          (to.sent() - from.sent()) / seconds);
    }
  }

  private static String summary(List<Long> millis) {
    if (millis.isEmpty()) {
      return "nothing measured";
    }
    List<Long> sorted = millis.stream().sorted().toList();
    return String.format(
        "p50 %d ms, p99 %d ms, max %d ms",
        sorted.get((int) Math.ceil(sorted.size() * 0.5) - 1),
        sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
        sorted.get(sorted.size() - 1));
  }
}
