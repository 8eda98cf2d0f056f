package org.wechatdesk.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wechatdesk.bench.server.BenchServer;

/**
 * The desk under load, in a JVM of its own: the load generator's threads and garbage must not share
 * the server's heap and JIT, or they hide the server's costs and inflate its latency. Its output is
 * passed through, and its port read from the line {@link BenchServer} prints when ready.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern READY =
      Pattern.compile(BenchServer.READY + " port=(\\d+) database=(\\S+)");

  private final Process process;
  private final Ready ready;

  private ServerProcess(Process process, Ready ready) {
    this.process = process;
    this.ready = ready;
  }

  private record Ready(int port, String databaseUrl) {}

  /**
   * @param jvmOptions e.g. {@code -Xmx2g}, and {@code -XX:StartFlightRecording=...} for a profile
   * @param arguments the server's own, see {@link BenchServer}
   */
  static ServerProcess start(List<String> jvmOptions, List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-classpath");
    command.add(System.getProperty("java.class.path"));
    command.add(BenchServer.class.getName());
    command.addAll(arguments);
    // A lever tried without editing the benchmark: -Dbench.server.args="--a=1 --b=2".
    String extra = System.getProperty("bench.server.args", "").trim();
    if (!extra.isEmpty()) {
      command.addAll(List.of(extra.split("\\s+")));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Ready> ready = new CompletableFuture<>();
    Thread output = new Thread(() -> passThrough(process, ready), "bench-server-output");
    output.setDaemon(true);
    output.start();
    try {
      return new ServerProcess(process, ready.get(5, TimeUnit.MINUTES));
    } catch (Exception e) {
      process.destroyForcibly();
      throw new IllegalStateException("the bench server did not start", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + ready.port();
  }

  /** The server's database, for what the load generator checks there (as PostgreSQL's user). */
  String databaseUrl() {
    return ready.databaseUrl();
  }

  long pid() {
    return process.pid();
  }

  private static void passThrough(Process process, CompletableFuture<Ready> ready) {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        System.out.println("[server] " + line);
        Matcher matcher = READY.matcher(line);
        if (matcher.find()) {
          ready.complete(new Ready(Integer.parseInt(matcher.group(1)), matcher.group(2)));
        }
      }
      ready.completeExceptionally(new IllegalStateException("the server exited"));
    } catch (IOException e) {
      ready.completeExceptionally(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
