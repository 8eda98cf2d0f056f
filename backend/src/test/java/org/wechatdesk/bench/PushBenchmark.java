package org.wechatdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.inbound.PushVerifier;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.WeChatPush;

/**
 * Pushes N encrypted messages from C concurrent clients to the real push endpoint (verify, decrypt,
 * store, acknowledge) and to a bare endpoint that only verifies and decrypts (the ceiling), and
 * prints throughput and acknowledgement latency for both. Runs the whole application on a fresh
 * PostgreSQL database, like the tests. Not a test: run it with {@code ./mvnw -Pbench -pl backend
 * -am verify -DskipTests -Dbench.messages=5000 -Dbench.clients=32}.
 */
public final class PushBenchmark {

  private static final String APP_ID = "wx00000000000000cc";
  private static final String ORIGINAL_ID = "gh_00000000cccc";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "benchToken";
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  private PushBenchmark() {}

  public static void main(String[] args) throws Exception {
    int messages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .profiles("test")
                .initializers(
                    context ->
                        ((GenericApplicationContext) context)
                            .registerBean(
                                "bareDecryptRoute",
                                RouterFunction.class,
                                () -> bareDecryptRoute(context)))
                .run(
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--logging.level.root=WARN",
                    "--desk.test.database-name=bench")) {
      wechat.registerApp(APP_ID, SECRET);
      OfficialAccount account =
          app.getBean(AccountService.class)
              .bind(new AccountRequest("Bench", ORIGINAL_ID, APP_ID, SECRET, TOKEN, KEY));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      String base = "http://127.0.0.1:" + port;

      System.out.printf(
          "Push benchmark: %d messages, %d concurrent clients, %d cores, %s%n",
          messages,
          clients,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      run(
          "warm-up (bare)",
          base + "/wechat/push/" + APP_ID + "/bare",
          Math.min(2000, messages),
          clients,
          "warm");
      run(
          "warm-up (full)",
          base + "/wechat/push/" + APP_ID,
          Math.min(2000, messages),
          clients,
          "warmfull");
      Result bare =
          run(
              "bare: verify + decrypt",
              base + "/wechat/push/" + APP_ID + "/bare",
              messages,
              clients,
              "bare");
      Result full =
          run(
              "push: verify + decrypt + store + ack",
              base + "/wechat/push/" + APP_ID,
              messages,
              clients,
              "full");
      long stored =
          app.getBean(JdbcClient.class)
              .sql(
                  "select count(*) from desk.inbound_message where account_id = ? and openid like 'o_full_%'")
              .param(account.id())
              .query(Long.class)
              .single();
      System.out.printf(
          "stored %d of %d pushed messages; full/bare throughput %.0f%%%n",
          stored, messages, 100.0 * full.throughput() / bare.throughput());
    }
  }

  private static Result run(String label, String url, int messages, int clients, String tag)
      throws Exception {
    WeChatPush signer = new WeChatPush(url, APP_ID, ORIGINAL_ID, TOKEN, KEY);
    List<WeChatPush.Signed> pushes = new ArrayList<>(messages);
    for (int i = 0; i < messages; i++) {
      pushes.add(
          signer.sign(
              signer.textXml(
                  "o_" + tag + "_" + (i % 500), "benchmark message " + i, WeChatPush.nextMsgId())));
    }
    ExecutorService httpThreads = Executors.newFixedThreadPool(clients);
    HttpClient http = HttpClient.newBuilder().executor(httpThreads).build();
    long[] latencies = new long[messages];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> workers = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      workers.add(
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                  WeChatPush.Signed push = pushes.get(i);
                  long sent = System.nanoTime();
                  try {
                    HttpResponse<String> response =
                        http.send(
                            HttpRequest.newBuilder(URI.create(url + "?" + push.query()))
                                .POST(HttpRequest.BodyPublishers.ofString(push.body()))
                                .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !"success".equals(response.body())) {
                      failures.incrementAndGet();
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                  latencies[i] = System.nanoTime() - sent;
                }
                return null;
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    httpThreads.shutdown();
    Arrays.sort(latencies);
    Result result =
        new Result(
            messages * 1e9 / elapsed,
            percentile(latencies, 50),
            percentile(latencies, 99),
            latencies[latencies.length - 1] / 1e6);
    System.out.printf(
        "%-40s %7.0f msg/s   p50 %6.2f ms   p99 %7.2f ms   max %7.2f ms   failures %d%n",
        label, result.throughput(), result.p50(), result.p99(), result.max(), failures.get());
    return result;
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  /**
   * The ceiling: the same verification and decryption as the push endpoint, with nothing stored.
   */
  private static RouterFunction<ServerResponse> bareDecryptRoute(
      org.springframework.context.ApplicationContext context) {
    return RouterFunctions.route()
        .POST(
            "/wechat/push/{appId}/bare",
            request -> {
              OfficialAccount account =
                  context
                      .getBean(AccountRepository.class)
                      .findByAppId(request.pathVariable("appId"))
                      .orElseThrow();
              String xml =
                  context
                      .getBean(PushVerifier.class)
                      .open(
                          account,
                          new PushVerifier.SafeModeParams(
                              request.param("msg_signature").orElse(null),
                                  request.param("timestamp").orElse(null),
                              request.param("nonce").orElse(null),
                                  request.param("encrypt_type").orElse(null)),
                          request.body(String.class))
                      .xml();
              return ServerResponse.ok().body(xml.isEmpty() ? "empty" : "success");
            })
        .build();
  }

  private record Result(double throughput, double p50, double p99, double max) {}
}
