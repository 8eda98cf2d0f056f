package org.wechatdesk.chaos;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.support.Await;

/**
 * One node of the desk as an operating-system process of its own, started from the test JVM's class
 * path, so that it can be killed as a crash kills it (SIGKILL: no shutdown hook, no graceful stop).
 * Its output is appended to {@code <name>.log} across restarts (a new run starts it afresh).
 */
final class DeskNode implements AutoCloseable {

  private static final Duration START_LIMIT = Duration.ofMinutes(3);

  private final String name;
  private final int port;
  private final List<String> settings;
  private final Path directory;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private Process process;

  DeskNode(String name, List<String> settings, Path chaosDirectory) {
    this.name = name;
    this.port = freePort();
    this.settings = settings;
    this.directory = chaosDirectory.resolve(name);
    try {
      Files.deleteIfExists(log());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  Path log() {
    return directory.getParent().resolve(name + ".log");
  }

  /** Starts the process and returns once it answers HTTP. */
  synchronized void start() {
    // Small heaps and the serial collector: two nodes, the harness and often other builds share two
    // cores.
    List<String> command =
        new ArrayList<>(
            List.of(
                javaExecutable(),
                "-Xmx640m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                WeChatDeskApplication.class.getName(),
                "--server.port=" + port));
    command.addAll(settings);
    try {
      Files.createDirectories(directory);
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
      // The desk keeps its files (the secrets key file, the initial admin's password file) under
      // DESK_DATA_DIR.
      builder.environment().put("DESK_DATA_DIR", directory.toString());
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + name, e);
    }
    Await.until(
        name + " answers on " + baseUrl() + " (log: " + log() + ")",
        START_LIMIT,
        () -> {
          if (!process.isAlive()) {
            throw new AssertionError(
                name + " exited with " + process.exitValue() + " while starting; see " + log());
          }
          return answers();
        });
  }

  /**
   * SIGKILL on Linux: the node stops mid-transaction, mid-send, holding its claims and job locks.
   */
  synchronized void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** SIGTERM: the node finishes what it holds and stops, as a deployment stops it. */
  synchronized void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      kill();
    }
  }

  private boolean answers() {
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/csrf"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() / 100 == 2;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public synchronized void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  private static String javaExecutable() {
    return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
