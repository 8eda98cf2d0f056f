package org.wechatdesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.H5Browser;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.WeChatPush;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Fan message to the agent's screen on one node: agents logged in over HTTP hold real STOMP
 * connections; fans in open conversations write through the real push endpoint (signed, encrypted);
 * each message is timed from the moment its push is posted until its MESSAGE_ADDED event arrives at
 * the agent's client. First at a steady rate, then as a burst from many clients, then from visitors
 * of the H5 chat page (the page's POST to the agent's screen). Production's poll intervals (1 s)
 * are used: the path under test is the wake-up after commit, not the poll. Not a test: {@code
 * ./mvnw -Pbench -pl backend -am verify -DskipTests -Dbench.skip.push=true
 * -Dbench.skip.assignment=true -Dbench.skip.conversation=true}.
 */
public final class RealtimeBenchmark {

  private static final String APP_ID = "wx00000000000000a7";
  private static final String ORIGINAL_ID = "gh_0000000000a7";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "benchToken";
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
  private static final int AGENTS = 20;
  private static final int FANS = 200;

  private final Map<String, Long> postedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> shownAt = new ConcurrentHashMap<>();

  private RealtimeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    new RealtimeBenchmark().run(messages, clients);
  }

  private void run(int messages, int clients) throws Exception {
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=realtimebench",
                    "--desk.wechat.quota.message-limit=100",
                    "--desk.wechat.inbound.poll-interval=PT1S",
                    "--desk.wechat.outbox.poll-interval=PT1S",
                    // Every benchmark visitor comes from 127.0.0.1.
                    "--desk.h5.new-visitors-per-address=1000")) {
      wechat.registerApp(APP_ID, SECRET);
      long accountId =
          app.getBean(AccountService.class)
              .bind(new AccountRequest("Bench", ORIGINAL_ID, APP_ID, SECRET, TOKEN, KEY))
              .id();
      String baseUrl =
          "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      prepareAgents(app, accountId);
      List<StompSession> sessions = connectAgents(baseUrl);
      WeChatPush push =
          new WeChatPush(baseUrl + "/wechat/push/" + APP_ID, APP_ID, ORIGINAL_ID, TOKEN, KEY);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      for (int f = 0; f < FANS; f++) {
        push.post(push.sign(push.textXml(fan(f), "开始", WeChatPush.nextMsgId())));
      }
      waitUntil(
          () ->
              jdbc.sql("select count(*) from desk.conversation where status = 'CHATTING'")
                      .query(Long.class)
                      .single()
                  >= FANS);
      System.out.printf(
          "Realtime benchmark: %d agents on STOMP, %d open conversations, %d cores, Java %s%n",
          AGENTS,
          FANS,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));

      int rate = 20;
      long start = System.nanoTime();
      for (int i = 0; i < messages; i++) {
        long due = start + TimeUnit.SECONDS.toNanos(i) / rate;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
        send(push, "steady", i);
      }
      report("steady " + rate + " msg/s, one client", "steady", messages);

      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> workers = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                    send(push, "burst", i);
                  }
                  return null;
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
      report("burst, " + clients + " clients at once", "burst", messages);

      List<H5Browser> phones = openH5Pages(app, accountId, baseUrl);
      waitUntil(
          () ->
              jdbc.sql(
                          "select count(*) from desk.conversation where status = 'CHATTING' and channel = 'H5'")
                      .query(Long.class)
                      .single()
                  >= FANS);
      start = System.nanoTime();
      for (int i = 0; i < messages; i++) {
        long due = start + TimeUnit.SECONDS.toNanos(i) / rate;
        TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
        sendFromPage(phones.get(i % FANS), "h5steady", i);
      }
      report("H5 page, steady " + rate + " msg/s", "h5steady", messages);
      sessions.forEach(StompSession::disconnect);
    }
  }

  private static String fan(int f) {
    return "o_rt_" + f;
  }

  private void send(WeChatPush push, String phase, int i) {
    String text = phase + "-" + i;
    postedAt.put(text, System.nanoTime());
    push.post(push.sign(push.textXml(fan(i % FANS), text, WeChatPush.nextMsgId())));
  }

  /**
   * Anonymous visitors of the account's H5 page, each with a conversation opened by a first
   * message.
   */
  private static List<H5Browser> openH5Pages(
      ConfigurableApplicationContext app, long accountId, String baseUrl) {
    app.getBean(AccountService.class).setH5Authorization(accountId, H5Authorization.NONE);
    List<H5Browser> phones = new ArrayList<>();
    for (int f = 0; f < FANS; f++) {
      H5Browser phone = new H5Browser(baseUrl);
      phone.get("/h5/" + APP_ID);
      phone.send(
          "POST", "/api/h5/messages", "{\"clientId\":\"open-" + f + "-page\",\"text\":\"开始\"}");
      phones.add(phone);
    }
    return phones;
  }

  private void sendFromPage(H5Browser phone, String phase, int i) {
    String text = phase + "-" + i;
    postedAt.put(text, System.nanoTime());
    int status =
        phone
            .send(
                "POST",
                "/api/h5/messages",
                "{\"clientId\":\"" + phase + "-" + i + "-bench\",\"text\":\"" + text + "\"}")
            .statusCode();
    if (status != 202) {
      throw new IllegalStateException("the page's message was refused: " + status);
    }
  }

  private void report(String label, String phase, int messages) throws InterruptedException {
    waitUntil(
        () ->
            postedAt.keySet().stream()
                .filter(text -> text.startsWith(phase + "-"))
                .allMatch(shownAt::containsKey));
    List<Long> millis =
        postedAt.entrySet().stream()
            .filter(entry -> entry.getKey().startsWith(phase + "-"))
            .map(
                entry ->
                    TimeUnit.NANOSECONDS.toMillis(shownAt.get(entry.getKey()) - entry.getValue()))
            .sorted()
            .toList();
    System.out.printf(
        "%-40s %5d messages   p50 %5d ms   p95 %5d ms   p99 %5d ms   max %5d ms%n",
        label,
        messages,
        millis.get(millis.size() / 2),
        millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
        millis.get((int) Math.ceil(millis.size() * 0.99) - 1),
        millis.get(millis.size() - 1));
  }

  private static void prepareAgents(ConfigurableApplicationContext app, long accountId) {
    long queue =
        app.getBean(ServiceQueueRepository.class)
            .insert("realtime", QueueStrategy.LEAST_LOADED, null);
    app.getBean(NavigationRepository.class)
        .saveAccountRouting(new AccountRouting(accountId, queue, null));
    DeskUserRepository users = app.getBean(DeskUserRepository.class);
    AgentProfileRepository profiles = app.getBean(AgentProfileRepository.class);
    for (int a = 0; a < AGENTS; a++) {
      users.insert("rt" + a, "{noop}pw", "Realtime " + a, Role.AGENT);
      long id = users.findByUsername("rt" + a).orElseThrow().id();
      profiles.savePresence(id, AgentStatus.ONLINE, 50);
      profiles.replaceQueues(id, Set.of(queue));
    }
  }

  private List<StompSession> connectAgents(String baseUrl) throws Exception {
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    client.setMessageConverter(new MappingJackson2MessageConverter());
    List<StompSession> sessions = new ArrayList<>();
    for (int a = 0; a < AGENTS; a++) {
      HttpSession http = HttpSession.login(baseUrl, "rt" + a, "pw");
      WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
      handshake.add("Cookie", http.cookieHeader());
      StompHeaders connect = new StompHeaders();
      connect.add("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
      StompSession session =
          client
              .connectAsync(
                  baseUrl.replace("http", "ws") + "/ws",
                  handshake,
                  connect,
                  new StompSessionHandlerAdapter() {})
              .get(10, TimeUnit.SECONDS);
      session.subscribe(
          "/user/queue/events",
          new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
              return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
              JsonNode event = (JsonNode) payload;
              if (event.path("type").asText().equals("MESSAGE_ADDED")) {
                shownAt.putIfAbsent(event.path("message").path("text").asText(), System.nanoTime());
              }
            }
          });
      sessions.add(session);
    }
    return sessions;
  }

  private static void waitUntil(java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("benchmark did not finish within 10 minutes");
      }
      Thread.sleep(50);
    }
  }
}
