package org.wechatdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompSession;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.system.Role;

/**
 * Who may look at the reports and the wallboard, through the real server with a login session and a
 * STOMP connection per role: supervisors and admins read the report as JSON and CSV and the
 * wallboard, and follow the wallboard live; agents are refused each of them.
 */
class ReportAccessTest extends ConversationScenario {

  private final List<StompSession> sessions = new CopyOnWriteArrayList<>();

  @AfterEach
  void disconnect() {
    sessions.stream().filter(StompSession::isConnected).forEach(StompSession::disconnect);
  }

  @Test
  void supervisorsAndAdminsReadTheReportsAndTheWallboard() throws Exception {
    agent(queueId, 1);
    fanWaitingInTheQueue();
    for (HttpSession http : List.of(login(Role.SUPERVISOR), login(Role.ADMIN))) {
      HttpResponse<String> report = http.send("GET", "/api/reports?period=TODAY", null);
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(json.readTree(report.body()).path("started").asLong()).isPositive();

      // Downloaded as the reports page's link does, by the browser.
      HttpResponse<String> csv = http.openPage("/api/reports/csv?period=TODAY");
      assertThat(csv.statusCode()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
      assertThat(csv.body().lines().findFirst()).contains("section,name,value");

      HttpResponse<String> choices = http.send("GET", "/api/reports/choices", null);
      assertThat(choices.statusCode()).isEqualTo(200);
      assertThat(json.readTree(choices.body()).path("queues").findValuesAsText("id"))
          .contains(Long.toString(queueId));
      assertThat(json.readTree(choices.body()).path("accounts").findValuesAsText("name"))
          .contains(account.account().name());

      HttpResponse<String> wallboard = http.send("GET", "/api/wallboard", null);
      assertThat(wallboard.statusCode()).isEqualTo(200);
      assertThat(waiting(json.readTree(wallboard.body()))).isEqualTo(1);
    }
  }

  @Test
  void supervisorsAndAdminsFollowTheWallboardLive() throws Exception {
    List<JsonNode> supervisorBoards = new CopyOnWriteArrayList<>();
    List<JsonNode> adminBoards = new CopyOnWriteArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    subscribe(login(Role.SUPERVISOR), supervisorBoards, error);
    subscribe(login(Role.ADMIN), adminBoards, error);

    agent(queueId, 1);
    fanWaitingInTheQueue();
    await(
        "both wall screens show the visitor waiting",
        () ->
            error.get() != null
                || (waiting(last(supervisorBoards)) == 1 && waiting(last(adminBoards)) == 1));
    assertThat(error.get()).isNull();
  }

  @Test
  void agentsAreRefusedTheReportsAndTheWallboard() throws Exception {
    Agent agent = agent(queueId, 1);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    for (String path :
        List.of("/api/reports", "/api/reports/csv", "/api/reports/choices", "/api/wallboard")) {
      HttpResponse<String> refused = http.send("GET", path, null);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).doesNotContain("started");
    }

    AtomicReference<String> error = new AtomicReference<>();
    List<JsonNode> boards = new CopyOnWriteArrayList<>();
    StompSession stomp = subscribe(http, boards, error);
    await("the subscription is refused", () -> error.get() != null || !stomp.isConnected());
  }

  /** A supervisor serves visitors too: offline here, so that the visitors wait for the agent. */
  private HttpSession login(Role role) throws Exception {
    String username;
    if (role == Role.SUPERVISOR) {
      Agent supervisor = supervisor(queueId, 1);
      agents.savePresence(supervisor.id(), AgentStatus.OFFLINE, 1);
      username = supervisor.username();
    } else {
      username = "admin" + System.nanoTime();
      users.insert(username, encoder.encode("pw"), "看板", role);
    }
    return HttpSession.login(baseUrl(), username, "pw");
  }

  private StompSession subscribe(
      HttpSession http, List<JsonNode> boards, AtomicReference<String> error) throws Exception {
    StompSession stomp = AgentSockets.connect(baseUrl(), http, error);
    sessions.add(stomp);
    stomp.subscribe(WallboardNotifier.DESTINATION, AgentSockets.collectInto(boards));
    return stomp;
  }

  private static JsonNode last(List<JsonNode> boards) {
    return boards.isEmpty() ? null : boards.get(boards.size() - 1);
  }

  /** Visitors waiting in the scenario's queue, or -1 when the board has none. */
  private long waiting(JsonNode board) {
    if (board == null) {
      return -1;
    }
    for (JsonNode queue : board.path("queues")) {
      if (queue.path("queueId").asLong() == queueId) {
        return queue.path("waiting").asLong();
      }
    }
    return -1;
  }
}
