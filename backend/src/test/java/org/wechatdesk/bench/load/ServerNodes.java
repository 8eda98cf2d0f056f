package org.wechatdesk.bench.load;

import java.util.ArrayList;
import java.util.List;

/**
 * One desk of {@code bench.nodes} nodes (1 by default) on one PostgreSQL database, each in its own
 * JVM: the first prepares a fresh database, the others join it. Requests are spread over the nodes
 * in turn, as a round-robin load balancer would.
 */
final class ServerNodes implements AutoCloseable {

  private final List<ServerProcess> nodes = new ArrayList<>();

  static int configured() {
    return Integer.getInteger("bench.nodes", 1);
  }

  /**
   * @param arguments the server's arguments after the WeChat stand-in's URL and the database's name
   */
  ServerNodes(
      int count, List<String> jvm, String wechatUrl, String database, List<String> arguments)
      throws Exception {
    try {
      nodes.add(ServerProcess.start(jvm, withHead(wechatUrl, database, arguments)));
      for (int n = 1; n < count; n++) {
        nodes.add(
            ServerProcess.start(jvm, withHead(wechatUrl, nodes.get(0).databaseUrl(), arguments)));
      }
    } catch (Exception e) {
      close();
      throw e;
    }
  }

  int size() {
    return nodes.size();
  }

  /** The node that takes request {@code i}. */
  String baseUrl(int i) {
    return nodes.get(i % nodes.size()).baseUrl();
  }

  String databaseUrl() {
    return nodes.get(0).databaseUrl();
  }

  String memory() throws Exception {
    List<String> each = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      each.add("node " + (n + 1) + ": " + ServerMemory.read(nodes.get(n).pid()));
    }
    return String.join("; ", each);
  }

  private static List<String> withHead(String wechatUrl, String database, List<String> arguments) {
    List<String> all = new ArrayList<>(List.of(wechatUrl, database));
    all.addAll(arguments);
    return all;
  }

  @Override
  public void close() throws InterruptedException {
    for (ServerProcess node : nodes) {
      node.close();
    }
  }
}
