package org.wechatdesk.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.wechatdesk.support.HttpSession;

/**
 * One agent's browser against the cluster: a login per node (sessions live in the node that made
 * them), logged in again when a node forgot the session by restarting. A request a node could not
 * answer is answered by none: the caller picks another node and tries again.
 */
final class AgentClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String username;
  private final List<DeskNode> nodes;
  private final HttpSession[] sessions;

  AgentClient(String username, List<DeskNode> nodes) {
    this.username = username;
    this.nodes = nodes;
    this.sessions = new HttpSession[nodes.size()];
  }

  String username() {
    return username;
  }

  /** The answer of the node, or empty when it could not be reached or failed (5xx). */
  Optional<Answer> send(int node, String method, String path, Object body) {
    try {
      HttpResponse<String> answer =
          session(node).send(method, path, body == null ? null : JSON.writeValueAsString(body));
      if (answer.statusCode() == 401 || answer.statusCode() == 403) {
        sessions[node] = null;
        answer =
            session(node).send(method, path, body == null ? null : JSON.writeValueAsString(body));
      }
      if (answer.statusCode() >= 500) {
        return Optional.empty();
      }
      return Optional.of(
          new Answer(
              answer.statusCode(),
              answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body())));
    } catch (IOException | RuntimeException | AssertionError e) {
      // Unreachable (killed, restarting) or failing (database down); the login itself may be what
      // failed.
      sessions[node] = null;
      return Optional.empty();
    }
  }

  private synchronized HttpSession session(int node) {
    if (sessions[node] == null) {
      sessions[node] =
          HttpSession.login(nodes.get(node).baseUrl(), username, DeskSetup.AGENT_PASSWORD);
    }
    return sessions[node];
  }

  record Answer(int status, JsonNode body) {
    boolean accepted() {
      return status / 100 == 2;
    }
  }
}
