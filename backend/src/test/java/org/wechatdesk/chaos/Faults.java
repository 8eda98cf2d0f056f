package org.wechatdesk.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * The faults of a run, one after the other at seeded moments: WeChat revokes every access token;
 * PostgreSQL is stopped and started again (pushes meanwhile must be answered 5xx within WeChat's
 * deadline); one node is killed with SIGKILL and started again once it has been dead a while.
 */
final class Faults {

  private static final Duration DATABASE_DOWN = Duration.ofSeconds(6);
  private static final Duration NODE_DEAD = Duration.ofSeconds(8);

  private final ChaosSettings settings;
  private final List<DeskNode> nodes;
  private final FakeWeChatApi wechat;
  private final Ledger ledger;
  private final TimerWatch timers;
  private final Random random;
  private final StringBuilder log = new StringBuilder();
  private long started;

  Faults(
      ChaosSettings settings,
      List<DeskNode> nodes,
      FakeWeChatApi wechat,
      Ledger ledger,
      TimerWatch timers) {
    this.settings = settings;
    this.nodes = nodes;
    this.wechat = wechat;
    this.ledger = ledger;
    this.timers = timers;
    this.random = new Random(settings.seed() ^ 0x5eed);
  }

  /** Runs every fault; returns when the killed node is back. */
  void run(long startedAtMillis) throws InterruptedException {
    started = startedAtMillis;
    long duration = settings.duration().toMillis();
    waitUntil(startedAtMillis + (long) (duration * (0.05 + 0.1 * random.nextDouble())));
    wechat.revokeAllTokens();
    note("WeChat revoked every access token");

    waitUntil(startedAtMillis + (long) (duration * (0.15 + 0.1 * random.nextDouble())));
    restartDatabase();

    waitUntil(startedAtMillis + (long) (duration * (0.35 + 0.15 * random.nextDouble())));
    awaitTimersFallingDueSoon();
    DeskNode victim = nodes.get(random.nextInt(nodes.size()));
    victim.kill();
    timers.nodeKilled();
    note("kill -9 " + victim.name());
    Thread.sleep(NODE_DEAD.toMillis());
    victim.start();
    timers.nodeRestarted();
    note(victim.name() + " answers again");
  }

  /**
   * Holds the kill until some timers are about to fall due (within the time the node stays dead),
   * so that the survivor has timers of the dead node's time to fire; after a while the kill goes
   * ahead regardless and the report tells.
   */
  private void awaitTimersFallingDueSoon() {
    try {
      Await.until(
          "timers falling due soon",
          Duration.ofSeconds(30),
          () -> timers.dueWithin(Duration.ofSeconds(1), NODE_DEAD) >= 3);
    } catch (AssertionError e) {
      note("fewer than 3 timers fall due while the node is dead");
    }
  }

  String log() {
    return log.toString();
  }

  private void restartDatabase() throws InterruptedException {
    String cluster = postgresCluster();
    ledger.databaseDown(true);
    command("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "stop", "-m", "fast");
    note("PostgreSQL " + cluster + " stopped");
    Thread.sleep(DATABASE_DOWN.toMillis());
    command("pg_ctlcluster", "--skip-systemctl-redirect", cluster, "main", "start");
    ledger.databaseDown(false);
    note("PostgreSQL started");
  }

  /**
   * The local cluster's version ({@code desk.chaos.postgres-version}, or the only one in
   * /etc/postgresql).
   */
  private static String postgresCluster() {
    String configured = System.getProperty("desk.chaos.postgres-version", "");
    if (!configured.isBlank()) {
      return configured;
    }
    try (Stream<Path> versions = Files.list(Path.of("/etc/postgresql"))) {
      return versions
          .map(path -> path.getFileName().toString())
          .sorted()
          .reduce((first, last) -> last)
          .orElseThrow(() -> new IllegalStateException("no cluster in /etc/postgresql"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "The chaos run restarts the local PostgreSQL with pg_ctlcluster;"
              + " set desk.chaos.postgres-version if /etc/postgresql is elsewhere",
          e);
    }
  }

  private static void command(String... command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    }
  }

  private void note(String fault) {
    String line =
        String.format("%6.1f s  %s%n", (System.currentTimeMillis() - started) / 1000.0, fault);
    System.out.print(line);
    log.append(line);
  }

  private void waitUntil(long epochMillis) throws InterruptedException {
    Thread.sleep(Math.max(0, epochMillis - System.currentTimeMillis()));
  }
}
