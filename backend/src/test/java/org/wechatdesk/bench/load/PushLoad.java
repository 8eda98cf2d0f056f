package org.wechatdesk.bench.load;

import java.net.http.HttpRequest;
import java.util.List;
import org.wechatdesk.bench.server.BenchAccount;
import org.wechatdesk.bench.server.BenchServer;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * WeChat's pushes against the desk in another JVM ({@link BenchServer}), all figures of one run
 * side by side: the ceilings, closed loop (the bare endpoint that only verifies and decrypts, then
 * the push endpoint that also stores and acknowledges), then the push endpoint at a fixed rate for
 * a fixed time, open loop, with acknowledgement latency counted from when each push was due. A
 * stated warm-up (2,000 pushes to each endpoint) comes first and is not counted. Ends with the
 * server's memory and the check that every acknowledged push was stored.
 *
 * <p>Run with {@code ./mvnw -Pbench -pl backend verify -DskipTests -Dbench.skip.assignment=true
 * -Dbench.skip.conversation=true -Dbench.skip.realtime=true -Dbench.skip.monitor=true
 * -Dbench.skip.report=true}; the properties {@code bench.messages} (pushes per ceiling, 5000),
 * {@code bench.clients} (32), {@code bench.push.rate} (per second, 500), {@code bench.push.seconds}
 * (60) and {@code bench.server.jvm} (the server JVM's options) change it.
 */
public final class PushLoad {

  private static final int WARM_UP = 2000;
  private static final int FANS = 500;

  private PushLoad() {}

  public static void main(String[] args) throws Exception {
    int ceiling = Integer.getInteger("bench.push.ceiling", 5000);
    int clients = Integer.getInteger("bench.clients", 32);
    int rate = Integer.getInteger("bench.push.rate", 500);
    int seconds = Integer.getInteger("bench.push.seconds", 60);
    List<String> jvm = List.of(System.getProperty("bench.server.jvm", "-Xmx2g").split(" "));

    System.out.println(RunRecord.describe());
    System.out.printf(
        "push load: ceilings %d pushes from %d clients; open loop %d/s for %d s; %d node(s),"
            + " server JVM %s%n",
        ceiling, clients, rate, seconds, ServerNodes.configured(), jvm);
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ServerNodes server =
            new ServerNodes(
                ServerNodes.configured(), jvm, wechat.baseUrl(), "pushload", List.of())) {
      wechat.registerApp(BenchAccount.APP_ID, BenchAccount.SECRET);
      String push = BenchPushes.PUSH_PATH;
      String bare = push + "/bare";
      Requests requests = new Requests(r -> r.statusCode() == 200 && "success".equals(r.body()));

      requests.closedLoop(pushes(server, bare, WARM_UP, "warm"), clients);
      requests.closedLoop(pushes(server, push, WARM_UP, "warm"), clients);
      System.out.println("warm-up done (" + WARM_UP + " pushes to each endpoint, not counted)");

      Requests.Result bareCeiling =
          requests.closedLoop(pushes(server, bare, ceiling, "bare"), clients);
      System.out.println(bareCeiling.format("ceiling, bare: verify + decrypt"));
      Requests.Result pushCeiling =
          requests.closedLoop(pushes(server, push, ceiling, "full"), clients);
      System.out.println(pushCeiling.format("ceiling, push: + store + acknowledge"));
      System.out.printf(
          "push ceiling / bare ceiling: %.0f %%%n",
          100 * pushCeiling.perSecond() / bareCeiling.perSecond());

      Requests.Result open = requests.openLoop(pushes(server, push, rate * seconds, "open"), rate);
      System.out.println(open.format("open loop, push at " + rate + "/s for " + seconds + " s"));

      System.out.printf(
          "stored: %d of %d acknowledged ceiling pushes, %d of %d open-loop pushes%n",
          stored(server, "full"),
          ceiling - pushCeiling.failures(),
          stored(server, "open"),
          rate * seconds - open.failures());
      System.out.println("server memory: " + server.memory());
      System.out.println("load average at the end: " + RunRecord.loadAverage());
    }
  }

  /** Each from one of {@value #FANS} fans, so that the desk's per-fan ordering is exercised. */
  private static List<HttpRequest> pushes(ServerNodes nodes, String path, int count, String tag) {
    return BenchPushes.texts(
        nodes, path, count, i -> "o_" + tag + "_" + (i % FANS), i -> "benchmark message " + i);
  }

  private static long stored(ServerNodes server, String tag) throws Exception {
    try (ServerDatabase database = new ServerDatabase(server.databaseUrl())) {
      return database.count(
          "select count(*) from desk.inbound_message where openid like ?", "o_" + tag + "_%");
    }
  }
}
