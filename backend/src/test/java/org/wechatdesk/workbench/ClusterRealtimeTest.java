package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;

/**
 * Two nodes on one database: the shared test context and a second application started here. An
 * agent's workbench socket is open on the second node while the change the agent must hear of is
 * made on the first; PostgreSQL's notices carry it across.
 */
class ClusterRealtimeTest extends ConversationScenario {

  private static ConfigurableApplicationContext otherNode;

  @BeforeEach
  void startTheOtherNode() {
    if (otherNode == null) {
      // The same test profile in the same JVM gets the same fresh database as the shared context.
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
  void anEventMadeOnOneNodeReachesTheAgentsSocketOnTheOther() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(reload(conversation).agentUsername()).isEqualTo(agent.username());

    List<StompSession> sockets = new CopyOnWriteArrayList<>();
    List<JsonNode> events = eventsOnTheOtherNode(agent, sockets);
    actions.note(conversation.id(), new AgentActions.Actor("admin", true), "另一台服务器上的备注");

    await(
        "the note made on this node reaches the socket on the other",
        () ->
            events.stream()
                .anyMatch(
                    event ->
                        event.path("type").asText().equals("MESSAGE_ADDED")
                            && event.path("message").path("text").asText().equals("另一台服务器上的备注")));
    sockets.forEach(StompSession::disconnect);
  }

  @Test
  void aVisitorJoiningTheQueueOnOneNodeIsToldToEachAgentsSocketOnTheOther() throws Exception {
    Agent first = agent(queueId, 1);
    Agent second = agent(queueId, 1);
    List<StompSession> sockets = new CopyOnWriteArrayList<>();
    List<JsonNode> firstEvents = eventsOnTheOtherNode(first, sockets);
    List<JsonNode> secondEvents = eventsOnTheOtherNode(second, sockets);
    for (int i = 0; i < 3; i++) {
      fanWrites(fan(), "排队吗");
    }

    for (List<JsonNode> events : List.of(firstEvents, secondEvents)) {
      await(
          "each agent's socket on the other node hears that one visitor waits",
          () ->
              events.stream()
                  .anyMatch(
                      event ->
                          event.path("type").asText().equals("QUEUE_LENGTH")
                              && event.path("queueLength").asInt() == 1));
    }
    sockets.forEach(StompSession::disconnect);
  }

  private List<JsonNode> eventsOnTheOtherNode(Agent agent, List<StompSession> sockets)
      throws Exception {
    StompSession socket =
        AgentSockets.connect(
            otherNodeUrl(),
            HttpSession.login(otherNodeUrl(), agent.username(), "pw"),
            new AtomicReference<>());
    List<JsonNode> events = new CopyOnWriteArrayList<>();
    socket.subscribe("/user/queue/events", AgentSockets.collectInto(events));
    awaitSubscribed(agent);
    sockets.add(socket);
    return events;
  }

  @Test
  void aChangeMadeOnOneNodeReachesTheSupervisorsMonitorOnTheOther() throws Exception {
    Agent agent = agent(queueId, 2);
    Agent supervisor = supervisor(queueId, 1);
    agents.savePresence(supervisor.id(), AgentStatus.OFFLINE, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    StompSession socket =
        AgentSockets.connect(
            otherNodeUrl(),
            HttpSession.login(otherNodeUrl(), supervisor.username(), "pw"),
            new AtomicReference<>());
    List<JsonNode> rows = new CopyOnWriteArrayList<>();
    List<JsonNode> lines = new CopyOnWriteArrayList<>();
    socket.subscribe("/topic/monitor/conversations", AgentSockets.collectInto(rows));
    socket.subscribe(
        "/topic/monitor/conversations/" + conversation.id(), AgentSockets.collectInto(lines));
    awaitSubscribed(supervisor, 2);

    agentReplies(conversation, agent, "这台服务器上的回复");

    await(
        "the line written on this node reaches the monitor on the other",
        () -> lines.stream().anyMatch(l -> l.path("text").asText().equals("这台服务器上的回复")));
    await(
        "and so does the conversation's row",
        () ->
            rows.stream()
                .anyMatch(
                    r ->
                        r.path("conversationId").asLong() == conversation.id()
                            && r.path("conversation")
                                .path("agentUsername")
                                .asText()
                                .equals(agent.username())));
    socket.disconnect();
  }

  @Test
  void disablingAnAgentOnOneNodeClosesTheirSocketOnTheOther() throws Exception {
    Agent agent = agent(queueId, 1);
    StompSession socket =
        AgentSockets.connect(
            otherNodeUrl(),
            HttpSession.login(otherNodeUrl(), agent.username(), "pw"),
            new AtomicReference<>());
    socket.subscribe("/user/queue/events", AgentSockets.collectInto(new CopyOnWriteArrayList<>()));
    awaitSubscribed(agent);

    mvc.perform(
            put("/api/admin/users/" + agent.id())
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"停用的座席\",\"enabled\":false}"))
        .andExpect(status().isOk());
    await("the other node closes the disabled agent's socket", () -> !socket.isConnected());
  }

  private static void awaitSubscribed(Agent agent) {
    awaitSubscribed(agent, 1);
  }

  /** A push sent before its subscription is registered is lost: wait for all of them. */
  private static void awaitSubscribed(Agent agent, int subscriptions) {
    SimpUserRegistry users = otherNode.getBean(SimpUserRegistry.class);
    await(
        "the other node has the agent's " + subscriptions + " subscription(s)",
        () ->
            users.getUser(agent.username()) != null
                && users.getUser(agent.username()).getSessions().stream()
                    .anyMatch(session -> session.getSubscriptions().size() >= subscriptions));
  }

  private static String otherNodeUrl() {
    return "http://127.0.0.1:" + ((WebServerApplicationContext) otherNode).getWebServer().getPort();
  }
}
