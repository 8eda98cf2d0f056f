package org.wechatdesk.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's memory as an operator would read it from outside: the live heap after a full
 * collection (the JDK's jcmd), and the resident set the kernel reports.
 */
final class ServerMemory {

  private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");
  private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

  private ServerMemory() {}

  static String read(long pid) throws IOException, InterruptedException {
    jcmd(pid, "GC.run");
    Matcher heap = HEAP_USED.matcher(jcmd(pid, "GC.heap_info"));
    Matcher rss = RSS.matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
    return String.format(
        "live heap after a full GC %s MB, resident %s MB",
        heap.find() ? Long.parseLong(heap.group(1)) / 1024 : "?",
        rss.find() ? Long.parseLong(rss.group(1)) / 1024 : "?");
  }

  private static String jcmd(long pid, String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid),
                command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    jcmd.waitFor(2, TimeUnit.MINUTES);
    return output;
  }
}
