package org.wechatdesk.bench;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.WeChatPush;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Conversations on one node: N fans write at once through the real push endpoint; prints how many
 * conversations per second are started and assigned (process start, welcome, routing, agent), then,
 * with all N open and waiting for their agents, how late the engine's job executor fires the
 * "remind agent" timer (10 s after each chat began, plus the conversation's spread of at most 0.5
 * s) against those 10 s. The third argument is {@code desk.conversation.timer-spread} (PT10S,
 * production's default). Not a test: {@code ./mvnw -Pbench -pl backend -am verify -DskipTests
 * -Dbench.skip.push=true -Dbench.skip.assignment=true}.
 */
public final class ConversationBenchmark {

  private static final String APP_ID = "wx00000000000000ee";
  private static final String ORIGINAL_ID = "gh_00000000eeee";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "benchToken";
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  private static final int REMIND_SECONDS = 10;

  private ConversationBenchmark() {}

  public static void main(String[] args) throws Exception {
    int conversations = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    String timerSpread = args.length > 2 ? args[2] : "PT10S";
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=conversationbench",
                    "--camunda.bpm.job-execution.enabled=true",
                    "--desk.wechat.quota.message-limit=20",
                    "--desk.conversation.timer-spread=" + timerSpread)) {
      wechat.registerApp(APP_ID, SECRET);
      long accountId =
          app.getBean(AccountService.class)
              .bind(new AccountRequest("Bench", ORIGINAL_ID, APP_ID, SECRET, TOKEN, KEY))
              .id();
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      prepare(app, accountId, conversations);
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      WeChatPush push =
          new WeChatPush(
              "http://127.0.0.1:" + port + "/wechat/push/" + APP_ID,
              APP_ID,
              ORIGINAL_ID,
              TOKEN,
              KEY);
      System.out.printf(
          "Conversation benchmark: %d conversations, %d clients, timer spread %s, %d cores, Java %s%n",
          conversations,
          clients,
          timerSpread,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));

      long start = System.nanoTime();
      pushFirstMessages(push, conversations, clients);
      double pushedSeconds = (System.nanoTime() - start) / 1e9;
      waitUntil(
          Duration.ofMinutes(20),
          () ->
              count(jdbc, "select count(*) from desk.conversation where status = 'CHATTING'")
                  >= conversations);
      double assignedSeconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%-52s %7.1f /s (all pushes acknowledged after %.1f s, all assigned after %.1f s)%n",
          "conversations started and assigned",
          conversations / assignedSeconds,
          pushedSeconds,
          assignedSeconds);

      waitUntil(
          Duration.ofMinutes(20),
          () ->
              count(
                      jdbc,
                      "select count(*) from act_hi_actinst where act_id_ = 'Task_RemindAgent' and end_time_ is not null")
                  >= conversations);
      List<Long> lateness =
          jdbc
              .sql(
                  """
              select r.start_time_ as fired, w.start_time_ as waiting
                from act_hi_actinst r
                join act_hi_actinst w on w.proc_inst_id_ = r.proc_inst_id_ and w.act_id_ = 'Task_AwaitAgentReply'
               where r.act_id_ = 'Task_RemindAgent'""")
              .query(
                  (rs, n) ->
                      Duration.between(
                              rs.getObject("waiting", LocalDateTime.class)
                                  .plusSeconds(REMIND_SECONDS),
                              rs.getObject("fired", LocalDateTime.class))
                          .toMillis())
              .list()
              .stream()
              .sorted()
              .toList();
      long open = count(jdbc, "select count(*) from desk.conversation where status <> 'ENDED'");
      System.out.printf(
          "%-52s p50 %6d ms   p99 %6d ms   max %6d ms   (%d timers, %d conversations open)%n",
          "remind-agent timer lateness",
          lateness.get(lateness.size() / 2),
          lateness.get((int) Math.ceil(lateness.size() * 0.99) - 1),
          lateness.get(lateness.size() - 1),
          lateness.size(),
          open);
    }
  }

  private static void prepare(
      ConfigurableApplicationContext app, long accountId, int conversations) {
    long queue =
        app.getBean(ServiceQueueRepository.class).insert("bench", QueueStrategy.LEAST_LOADED, null);
    app.getBean(NavigationRepository.class)
        .saveAccountRouting(new AccountRouting(accountId, queue, null));
    DeskUserRepository users = app.getBean(DeskUserRepository.class);
    AgentProfileRepository profiles = app.getBean(AgentProfileRepository.class);
    int agents = 200;
    int limit = Math.min(50, (conversations + agents - 1) / agents);
    for (int a = 0; a < agents; a++) {
      users.insert("conv" + a, "{noop}x", "Bench " + a, Role.AGENT);
      long id = users.findByUsername("conv" + a).orElseThrow().id();
      profiles.savePresence(id, AgentStatus.ONLINE, limit);
      profiles.replaceQueues(id, Set.of(queue));
    }
    app.getBean(JdbcClient.class)
        .sql(
            """
            insert into desk.flow_settings (account_id, settings, updated_at, updated_by)
            values (?, ?, current_timestamp, 'bench')""")
        .params(
            accountId,
            "{\"welcomeText\":\"您好\",\"introText\":\"\",\"robotEnabled\":false,\"robotAnswers\":[],"
                + "\"robotHandoverKeyword\":\"转人工\",\"robotMaxUnanswered\":3,\"queuePromptEnabled\":true,"
                + "\"queuePromptText\":\"前面还有 {position} 位\",\"queueAppeaseEnabled\":true,\"queueAppeaseText\":\"请稍候\","
                + "\"giveUpEnabled\":true,\"giveUpKeyword\":\"放弃排队\",\"giveUpText\":\"已放弃\",\"agentAppeaseEnabled\":true,\"agentAppeaseMinutes\":30,"
                + "\"agentAppeaseText\":\"请稍候\",\"agentRemindEnabled\":true,\"agentRemindSeconds\":"
                + REMIND_SECONDS
                + ",\"agentRemindText\":\"请回复\","
                + "\"autoTransferEnabled\":false,\"autoTransferMinutes\":9,\"visitorPromptEnabled\":true,\"visitorPromptMinutes\":20,\"visitorPromptText\":\"在吗\","
                + "\"visitorCloseEnabled\":true,\"visitorCloseMinutes\":120,\"visitorCloseText\":\"再见\",\"endTextAgentEnded\":\"再见\","
                + "\"surveyAutomatic\":false,\"surveyLabels\":[\"好\",\"差\"],\"surveySolvedQuestion\":\"OFF\","
                + "\"surveyExpiryMinutes\":60,\"surveyInviteText\":\"请评价\"}")
        .update();
  }

  private static void pushFirstMessages(WeChatPush push, int conversations, int clients)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement();
                    i < conversations;
                    i = next.getAndIncrement()) {
                  push.post(push.sign(push.textXml("o_bench_" + i, "你好", WeChatPush.nextMsgId())));
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
  }

  private static long count(JdbcClient jdbc, String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private static void waitUntil(Duration limit, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("benchmark did not finish within " + limit);
      }
      Thread.sleep(500);
    }
  }
}
