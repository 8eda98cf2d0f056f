package org.wechatdesk.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a figure must be read with: the machine (cores, CPU, memory, and how loaded it was when the
 * run began, since these runs share two cores with whatever else runs), the commit, the JVM, and
 * the machine's speed at a fixed piece of work ({@link MachineYardstick}).
 */
final class RunRecord {

  private RunRecord() {}

  static String describe() {
    return String.join(
        "\n",
        "run:     " + Instant.now(),
        "commit:  " + commit(),
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + cpuModel()
            + ", "
            + memory()
            + ", load average at start "
            + firstLine("/proc/loadavg"),
        "java:    " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        MachineYardstick.measure(
            System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/")
                + "postgres"));
  }

  /** The load average now: read again at the end, it shows whether something else ran meanwhile. */
  static String loadAverage() {
    return firstLine("/proc/loadavg");
  }

  private static String commit() {
    try {
      Process git = new ProcessBuilder("git", "describe", "--always", "--dirty").start();
      String described = new String(git.getInputStream().readAllBytes()).trim();
      return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? described : "unknown";
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static String cpuModel() {
    return lines("/proc/cpuinfo").stream()
        .filter(line -> line.startsWith("model name"))
        .map(line -> line.substring(line.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("CPU unknown");
  }

  private static String memory() {
    return lines("/proc/meminfo").stream()
        .filter(line -> line.startsWith("MemTotal"))
        .map(line -> line.replaceAll("\\s+", " "))
        .findFirst()
        .orElse("memory unknown");
  }

  private static String firstLine(String file) {
    List<String> lines = lines(file);
    return lines.isEmpty() ? "unknown" : lines.get(0);
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException e) {
      return List.of();
    }
  }
}
