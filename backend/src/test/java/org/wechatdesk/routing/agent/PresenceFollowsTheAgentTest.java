package org.wechatdesk.routing.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;

/**
 * An agent's presence follows them: logging out, or leaving the workbench for longer than the
 * grace, sets them offline so that no new fan is assigned to them, on a desk of two nodes over one
 * database. Time is moved by running the nodes' heartbeat for a later instant, never by waiting.
 */
class PresenceFollowsTheAgentTest extends ConversationScenario {

  private static ConfigurableApplicationContext otherNode;

  @Autowired private AgentSocketPresence presence;
  @Autowired private PresenceProperties properties;
  @Autowired private SimpUserRegistry socketsHere;

  @BeforeEach
  void startTheOtherNode() {
    if (otherNode == null) {
      otherNode =
          new SpringApplicationBuilder(WeChatDeskApplication.class)
              .profiles("test")
              .run(
                  "--server.port=0",
                  "--camunda.bpm.generate-unique-process-engine-name=true",
                  "--camunda.bpm.webapp.enabled=false",
                  "--desk.wechat.api-host=" + WECHAT.baseUrl(),
                  "--logging.level.root=WARN");
    }
  }

  @AfterAll
  static void stopTheOtherNode() {
    if (otherNode != null) {
      otherNode.close();
    }
  }

  @Test
  void loggingOutSetsTheAgentOfflineKeepsTheirConversationAndAssignsThemNoNewFan()
      throws Exception {
    Agent agent = agent(queueId, 3);
    HttpSession session = HttpSession.login(baseUrl(), agent.username(), "pw");
    String served = fan();
    fanWrites(served, "你好");
    Conversation open = conversationOf(served);
    assertThat(open.agentId()).isEqualTo(agent.id());

    assertThat(session.send("POST", "/api/auth/logout", null).statusCode()).isEqualTo(204);

    assertThat(statusOf(agent)).isEqualTo(AgentStatus.OFFLINE);
    assertThat(presenceEvents(agent)).isEqualTo(1);
    Conversation stillOpen = reload(open);
    assertThat(stillOpen.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(stillOpen.agentId()).isEqualTo(agent.id());
    mvc.perform(get("/api/conversations/" + open.id()).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk());

    String next = fan();
    fanWrites(next, "有人吗");
    Conversation waiting = conversationOf(next);
    assertThat(waiting.status()).isEqualTo(Conversation.Status.QUEUED);
    assertThat(waiting.agentId()).isNull();
  }

  @Test
  void whenTheLastSocketClosesTheAgentGoesOfflineAfterTheGraceAndNotBefore() throws Exception {
    Agent agent = agent(queueId, 3);
    HttpSession session = HttpSession.login(baseUrl(), agent.username(), "pw");
    StompSession first = connect(baseUrl(), session, socketsHere, agent);
    StompSession second = connect(baseUrl(), session, socketsHere, agent);

    Instant before = Instant.now();
    first.disconnect();
    Instant oneClosed = closedAt(agent, socketsHere, 1, before);
    presence.tick(oneClosed.plus(grace()).plusSeconds(1));
    assertThat(statusOf(agent)).as("one socket still open").isEqualTo(AgentStatus.ONLINE);

    before = Instant.now();
    second.disconnect();
    Instant allClosed = closedAt(agent, socketsHere, 0, before);
    presence.tick(allClosed.plus(grace()).minusSeconds(5));
    assertThat(statusOf(agent)).as("within the grace").isEqualTo(AgentStatus.ONLINE);
    assertThat(presenceEvents(agent)).isZero();

    presence.tick(allClosed.plus(grace()).plusSeconds(1));
    assertThat(statusOf(agent)).isEqualTo(AgentStatus.OFFLINE);
    assertThat(presenceEvents(agent)).isEqualTo(1);
    String fan = fan();
    fanWrites(fan, "你好");
    assertThat(conversationOf(fan).agentId()).isNull();
  }

  @Test
  void aReconnectOnAnotherNodeWithinTheGraceKeepsTheAgentOnlineAndTheyGoOfflineOnce()
      throws Exception {
    Agent agent = agent(queueId, 3);
    HttpSession here = HttpSession.login(baseUrl(), agent.username(), "pw");
    StompSession first = connect(baseUrl(), here, socketsHere, agent);
    Instant before = Instant.now();
    first.disconnect();
    Instant closedHere = closedAt(agent, socketsHere, 0, before);

    HttpSession there = HttpSession.login(otherNodeUrl(), agent.username(), "pw");
    SimpUserRegistry socketsThere = otherNode.getBean(SimpUserRegistry.class);
    StompSession reconnected = connect(otherNodeUrl(), there, socketsThere, agent);
    Instant later = closedHere.plus(grace()).plusSeconds(30);
    otherPresence().tick(later);
    presence.tick(later);
    assertThat(statusOf(agent))
        .as("the socket on the other node counts")
        .isEqualTo(AgentStatus.ONLINE);

    before = Instant.now();
    reconnected.disconnect();
    Instant closedThere = closedAt(agent, socketsThere, 0, before);
    Instant due = closedThere.plus(grace()).plusSeconds(1);
    CompletableFuture<Void> sweepHere = CompletableFuture.runAsync(() -> presence.tick(due));
    CompletableFuture<Void> sweepThere =
        CompletableFuture.runAsync(() -> otherPresence().tick(due));
    CompletableFuture.allOf(sweepHere, sweepThere).get();

    assertThat(statusOf(agent)).isEqualTo(AgentStatus.OFFLINE);
    assertThat(presenceEvents(agent)).as("both nodes swept, one changed it").isEqualTo(1);
  }

  @Test
  void socketsOfANodeThatStopsReportingThemNoLongerKeepTheAgentOnline() throws Exception {
    Agent agent = agent(queueId, 3);
    HttpSession there = HttpSession.login(otherNodeUrl(), agent.username(), "pw");
    StompSession socket =
        connect(otherNodeUrl(), there, otherNode.getBean(SimpUserRegistry.class), agent);

    // Only this node's heartbeat runs at the later time: the other node is as good as dead.
    presence.tick(Instant.now().plus(grace()).plusSeconds(30));

    assertThat(statusOf(agent)).isEqualTo(AgentStatus.OFFLINE);
    socket.disconnect();
  }

  @Test
  void adminsOnEitherNodeHearEachStatusChangeAndAgentsCannotListenIn() throws Exception {
    Agent agent = agent(queueId, 3);
    List<JsonNode> heardHere = adminListening(baseUrl(), socketsHere);
    List<JsonNode> heardThere =
        adminListening(otherNodeUrl(), otherNode.getBean(SimpUserRegistry.class));

    HttpSession session = HttpSession.login(baseUrl(), agent.username(), "pw");
    assertThat(
            session
                .send("PUT", "/api/agents/me/presence", "{\"status\":\"BUSY\",\"maxConcurrent\":3}")
                .statusCode())
        .isEqualTo(200);
    awaitHeard(heardHere, agent, "BUSY");
    awaitHeard(heardThere, agent, "BUSY");

    assertThat(session.send("POST", "/api/auth/logout", null).statusCode()).isEqualTo(204);
    awaitHeard(heardHere, agent, "OFFLINE");
    awaitHeard(heardThere, agent, "OFFLINE");

    AtomicReference<String> refused = new AtomicReference<>();
    StompSession agentSocket =
        AgentSockets.connect(
            baseUrl(), HttpSession.login(baseUrl(), agent.username(), "pw"), refused);
    agentSocket.subscribe(
        "/user/queue/agent-status", AgentSockets.collectInto(new CopyOnWriteArrayList<>()));
    await(
        "the server refuses an agent's subscription to the admins' feed",
        () -> refused.get() != null || !agentSocket.isConnected());
  }

  private static List<JsonNode> adminListening(String url, SimpUserRegistry sockets)
      throws Exception {
    List<JsonNode> heard = new CopyOnWriteArrayList<>();
    StompSession socket =
        AgentSockets.connect(
            url, HttpSession.login(url, "admin", "test-admin-password"), new AtomicReference<>());
    socket.subscribe("/user/queue/agent-status", AgentSockets.collectInto(heard));
    await(
        "the node holds the admin's subscription",
        () ->
            !sockets
                .findSubscriptions(
                    subscription ->
                        subscription.getSession().getUser().getName().equals("admin")
                            && subscription.getDestination().contains("/queue/agent-status"))
                .isEmpty());
    return heard;
  }

  private static void awaitHeard(List<JsonNode> heard, Agent agent, String status) {
    await(
        "the admin hears " + agent.username() + " is " + status,
        () ->
            heard.stream()
                .anyMatch(
                    notice ->
                        notice.path("agentId").asLong() == agent.id()
                            && notice.path("username").asText().equals(agent.username())
                            && notice.path("status").asText().equals(status)));
  }

  @Test
  void theGraceIsAMinuteUnlessSetAndCheckedAtStartUp() {
    PresenceProperties unset =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("desk.presence", PresenceProperties.class);
    assertThat(unset.offlineGrace()).isEqualTo(Duration.ofSeconds(60));
    assertThatThrownBy(() -> new PresenceProperties(Duration.ofSeconds(5)))
        .hasMessageContaining("desk.presence.offline-grace")
        .hasMessageContaining("PT15S");
  }

  private Duration grace() {
    return properties.offlineGrace();
  }

  private AgentStatus statusOf(Agent agent) {
    return agents.find(agent.id()).orElseThrow().status();
  }

  private long presenceEvents(Agent agent) {
    return jdbc.sql(
            """
            select count(*) from desk.agent_event
             where username = ? and type = 'PRESENCE_CHANGED' and payload like '%"prompt":"OFFLINE"%'""")
        .param(agent.username())
        .query(Long.class)
        .single();
  }

  private static StompSession connect(
      String url, HttpSession session, SimpUserRegistry sockets, Agent agent) throws Exception {
    int before = sessions(sockets, agent);
    StompSession socket = AgentSockets.connect(url, session, new AtomicReference<>());
    socket.subscribe("/user/queue/events", AgentSockets.collectInto(new CopyOnWriteArrayList<>()));
    await("the node holds the agent's new socket", () -> sessions(sockets, agent) == before + 1);
    return socket;
  }

  /**
   * Waits until the node holds {@code left} of the agent's sockets and has recorded the close of
   * one asked to close after {@code before}; returns a moment at or after the record.
   */
  private Instant closedAt(Agent agent, SimpUserRegistry sockets, int left, Instant before) {
    await(
        "the node lets the socket go and records it",
        () -> sessions(sockets, agent) == left && !socketSeenAt(agent).isBefore(before));
    Instant seen = socketSeenAt(agent);
    Instant now = Instant.now();
    return seen.isAfter(now) ? seen : now;
  }

  private Instant socketSeenAt(Agent agent) {
    return jdbc.sql("select socket_seen_at from desk.agent_profile where user_id = ?")
        .param(agent.id())
        .query(java.sql.Timestamp.class)
        .single()
        .toInstant();
  }

  private static int sessions(SimpUserRegistry sockets, Agent agent) {
    return sockets.getUser(agent.username()) == null
        ? 0
        : sockets.getUser(agent.username()).getSessions().size();
  }

  private static AgentSocketPresence otherPresence() {
    ApplicationContext node = otherNode;
    return node.getBean(AgentSocketPresence.class);
  }

  private static String otherNodeUrl() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) otherNode).getWebServer().getPort();
  }
}
