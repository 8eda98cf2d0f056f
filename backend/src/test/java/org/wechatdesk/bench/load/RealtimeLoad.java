package org.wechatdesk.bench.load;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.wechatdesk.bench.server.BenchAccount;
import org.wechatdesk.bench.server.BenchServer;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * A fan's message to the agent's screen, with the desk in another JVM ({@link BenchServer}): agents
 * hold real STOMP connections ({@link AgentScreens}), N fans have open conversations with them, and
 * fans write through the real push endpoint (signed, encrypted). Each message is timed from when
 * its push was due until its MESSAGE_ADDED event reaches the agent's client: first open loop at a
 * steady rate across all N conversations, then a burst from C clients at once (closed loop).
 *
 * <p>Properties: {@code bench.realtime.fans} (1000), {@code bench.realtime.agents} (20), {@code
 * bench.realtime.rate} (200 per second), {@code bench.realtime.seconds} (60), {@code
 * bench.realtime.messages} (burst, 600), {@code bench.clients} (32), {@code bench.server.jvm}.
 */
public final class RealtimeLoad {

  private static final String PASSWORD = "x";
  private static final Duration LIMIT = Duration.ofMinutes(15);

  private RealtimeLoad() {}

  public static void main(String[] args) throws Exception {
    int fans = Integer.getInteger("bench.realtime.fans", 1000);
    int agents = Integer.getInteger("bench.realtime.agents", 20);
    int rate = Integer.getInteger("bench.realtime.rate", 200);
    int seconds = Integer.getInteger("bench.realtime.seconds", 60);
    int burst = Integer.getInteger("bench.realtime.messages", 600);
    int clients = Integer.getInteger("bench.clients", 32);
    List<String> jvm = List.of(System.getProperty("bench.server.jvm", "-Xmx2g").split(" "));

    System.out.println(RunRecord.describe());
    System.out.printf(
        "realtime load: %d agents on STOMP, %d open conversations; %d msg/s for %d s, then a burst"
            + " of %d from %d clients; %d node(s), server JVM %s%n",
        agents, fans, rate, seconds, burst, clients, ServerNodes.configured(), jvm);
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ServerNodes server =
            new ServerNodes(
                ServerNodes.configured(),
                jvm,
                wechat.baseUrl(),
                "realtimeload",
                List.of(
                    "--desk.wechat.quota.message-limit=100",
                    "--bench.agents=" + agents,
                    "--bench.slots=" + Math.min(50, (fans + agents - 1) / agents),
                    "--bench.remind-seconds=600"));
        ServerDatabase database = new ServerDatabase(server.databaseUrl());
        AgentScreens screens =
            new AgentScreens(
                server, IntStream.range(0, agents).mapToObj(a -> "bench" + a).toList(), PASSWORD)) {
      wechat.registerApp(BenchAccount.APP_ID, BenchAccount.SECRET);
      Requests requests = new Requests(r -> r.statusCode() == 200 && "success".equals(r.body()));
      requests.closedLoop(texts(server, fans, fans, "open"), clients);
      database.awaitCount(
          fans, LIMIT, "select count(*) from desk.conversation where status = 'CHATTING'");
      System.out.println(fans + " conversations open, each with an agent");

      List<HttpRequest> steady = texts(server, rate * seconds, fans, "steady");
      long[] due = new long[steady.size()];
      Requests.Result sent = requests.openLoop(steady, rate, (i, at) -> due[i] = at);
      System.out.println(sent.format("pushes acknowledged, open loop"));
      System.out.println(
          "steady "
              + rate
              + " msg/s across "
              + fans
              + " conversations, due to on screen: "
              + shown(screens, "steady", due).format());

      List<HttpRequest> burstTexts = texts(server, burst, fans, "burst");
      long start = System.nanoTime();
      requests.closedLoop(burstTexts, clients);
      long[] burstStart = new long[burst];
      Arrays.fill(burstStart, start);
      System.out.println(
          "burst of "
              + burst
              + " from "
              + clients
              + " clients, start of the burst to on screen: "
              + shown(screens, "burst", burstStart).format());
      System.out.println("server memory: " + server.memory());
      System.out.println("load average at the end: " + RunRecord.loadAverage());
    }
  }

  /** Message i from fan i mod {@code fans}, its text the phase and i. */
  private static List<HttpRequest> texts(ServerNodes nodes, int count, int fans, String phase) {
    return BenchPushes.texts(
        nodes, BenchPushes.PUSH_PATH, count, i -> "o_rt_" + (i % fans), i -> phase + "-" + i);
  }

  /** Waits until every message of the phase is on a screen, and times each from {@code from}. */
  private static Latencies.Summary shown(AgentScreens screens, String phase, long[] from)
      throws InterruptedException {
    Latencies latencies = new Latencies(from.length);
    long deadline = System.nanoTime() + LIMIT.toNanos();
    for (int i = 0; i < from.length; i++) {
      Long at = screens.shownAt(phase + "-" + i);
      while (at == null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(phase + "-" + i + " never reached an agent's screen");
        }
        Thread.sleep(20);
        at = screens.shownAt(phase + "-" + i);
      }
      latencies.add(at - from[i]);
    }
    return latencies.summary();
  }
}
