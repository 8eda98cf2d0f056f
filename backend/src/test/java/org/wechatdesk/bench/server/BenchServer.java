package org.wechatdesk.bench.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.inbound.PushVerifier;

/**
 * The desk as the benchmarks load it, run in its own JVM by the load generator: the whole
 * application on a fresh PostgreSQL database (as the tests make one), WeChat's API at the address
 * given, {@link BenchAccount} bound, and one extra route, the ceiling: {@code
 * /wechat/push/{appId}/bare} verifies and decrypts a push exactly as the push endpoint does and
 * stores nothing. Prints {@value #READY}, its port and its database's URL when it takes requests.
 *
 * <p>Arguments: the WeChat stand-in's base URL, the database's name (a fresh database is made and
 * prepared) or the JDBC URL of a database another BenchServer prepared (a second node joining the
 * first: it prepares nothing), then any Spring Boot arguments ({@code
 * --desk.wechat.inbound.threads=4}, ...).
 */
public final class BenchServer {

  public static final String READY = "BENCH-SERVER-READY";

  /**
   * The test profile has the workers poll their tables every 100 ms and give up after a few quick
   * attempts, so that tests run fast; under load its idle workers' polls were most of the claims
   * (32 idle senders claimed 260 times a second). The benchmarks run application.yml's settings.
   */
  private static final List<String> PRODUCTION_WORKERS =
      List.of(
          "--desk.wechat.outbox.poll-interval=PT1S",
          "--desk.wechat.outbox.initial-backoff=PT2S",
          "--desk.wechat.outbox.max-backoff=PT10M",
          "--desk.wechat.outbox.max-attempts=8",
          "--desk.wechat.inbound.poll-interval=PT1S",
          "--desk.wechat.inbound.initial-backoff=PT2S",
          "--desk.wechat.inbound.max-backoff=PT10M",
          "--desk.wechat.inbound.max-attempts=8",
          "--desk.fan-tags.sync.poll-interval=PT5S",
          "--desk.fan-tags.sync.initial-backoff=PT10S",
          "--desk.fan-tags.sync.max-backoff=PT30M");

  private BenchServer() {}

  public static void main(String[] args) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=0");
    arguments.add("--desk.wechat.api-host=" + args[0]);
    boolean joining = args[1].startsWith("jdbc:");
    if (joining) {
      arguments.add("--desk.test.fresh-database=false");
      arguments.add("--spring.datasource.url=" + args[1]);
      arguments.add("--spring.datasource.username=postgres");
    } else {
      arguments.add("--desk.test.database-name=" + args[1]);
    }
    arguments.add("--logging.level.root=WARN");
    arguments.addAll(PRODUCTION_WORKERS);
    arguments.addAll(List.of(args).subList(2, args.length));
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(WeChatDeskApplication.class)
            .profiles("test")
            .initializers(
                context ->
                    ((GenericApplicationContext) context)
                        .registerBean(
                            "bareDecryptRoute", RouterFunction.class, () -> bareRoute(context)))
            .run(arguments.toArray(String[]::new));
    if (!joining) {
      prepare(app);
    }
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    System.out.println(
        READY
            + " port="
            + port
            + " database="
            + app.getEnvironment().getProperty("spring.datasource.url"));
  }

  private static void prepare(ConfigurableApplicationContext app) {
    long accountId = app.getBean(AccountService.class).bind(BenchAccount.request()).id();
    Environment settings = app.getEnvironment();
    int agents = settings.getProperty("bench.agents", Integer.class, 0);
    if (agents > 0) {
      BenchDesk.prepare(
          app,
          accountId,
          agents,
          settings.getProperty("bench.slots", Integer.class, 50),
          settings.getProperty("bench.remind-seconds", Integer.class, 10));
    }
  }

  private static RouterFunction<ServerResponse> bareRoute(ApplicationContext context) {
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
}
