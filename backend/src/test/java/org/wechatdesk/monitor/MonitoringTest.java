package org.wechatdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompSession;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.HttpSession;

/**
 * The supervisors' monitor through the real server: REST with the login session and STOMP over
 * WebSocket. Agents cannot look in; a supervisor sees every live conversation as it happens, and
 * steers it with notes the fan never gets, a take-over and a transfer, each audited.
 */
class MonitoringTest extends ConversationScenario {

  private final List<StompSession> sockets = new CopyOnWriteArrayList<>();

  @AfterEach
  void disconnect() {
    sockets.stream().filter(StompSession::isConnected).forEach(StompSession::disconnect);
  }

  @Test
  void anAgentCannotOpenTheMonitorNorSubscribeToItsTopics() throws Exception {
    Agent agent = agent(queueId, 1);
    Agent other = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation othersOrMine = conversationOf(fan);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");

    assertThat(http.send("GET", "/api/monitor/conversations", null).statusCode()).isEqualTo(403);
    assertThat(
            http.send("GET", "/api/monitor/conversations/" + othersOrMine.id() + "/messages", null)
                .statusCode())
        .isEqualTo(403);
    for (String topic :
        List.of(
            "/topic/monitor/conversations", "/topic/monitor/conversations/" + othersOrMine.id())) {
      AtomicReference<String> error = new AtomicReference<>();
      StompSession stomp = connect(http, error);
      stomp.subscribe(topic, AgentSockets.collectInto(new CopyOnWriteArrayList<>()));
      await(
          "the server refuses the subscription to " + topic,
          () -> error.get() != null || !stomp.isConnected());
    }
    // And the supervisor role gives agents nothing on each other's conversations either.
    Agent notServing = othersOrMine.agentUsername().equals(agent.username()) ? other : agent;
    HttpSession outsider = HttpSession.login(baseUrl(), notServing.username(), "pw");
    assertThat(
            outsider
                .send("GET", "/api/conversations/" + othersOrMine.id() + "/messages", null)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theSupervisorSeesEveryLiveConversationAndItsTranscriptAsItHappens() throws Exception {
    Agent agent = agent(queueId, 1);
    Agent supervisor = supervisor(queueId, 1);
    agents.savePresence(supervisor.id(), AgentStatus.OFFLINE, 1);
    String served = fan();
    fanWrites(served, "我先来");
    Conversation chatting = conversationOf(served);
    String waiting = fan();
    fanWrites(waiting, "我也来");
    Conversation queued = conversationOf(waiting);
    assertThat(queued.status()).isEqualTo(Conversation.Status.QUEUED);

    HttpSession http = HttpSession.login(baseUrl(), supervisor.username(), "pw");
    JsonNode list = json.readTree(http.send("GET", "/api/monitor/conversations", null).body());
    JsonNode chattingRow = row(list, chatting.id());
    assertThat(chattingRow.path("agentUsername").asText()).isEqualTo(agent.username());
    assertThat(chattingRow.path("status").asText()).isEqualTo("CHATTING");
    assertThat(chattingRow.path("fanName").asText()).isEqualTo(served);
    assertThat(absent(chattingRow.path("waitingSince"))).isFalse();
    JsonNode queuedRow = row(list, queued.id());
    assertThat(queuedRow.path("status").asText()).isEqualTo("QUEUED");
    assertThat(absent(queuedRow.path("agentUsername"))).isTrue();
    assertThat(absent(queuedRow.path("waitingSince"))).isFalse();

    List<JsonNode> rows = new CopyOnWriteArrayList<>();
    List<JsonNode> lines = new CopyOnWriteArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    StompSession stomp = connect(http, error);
    stomp.subscribe("/topic/monitor/conversations", AgentSockets.collectInto(rows));
    stomp.subscribe(
        "/topic/monitor/conversations/" + chatting.id(), AgentSockets.collectInto(lines));
    awaitSubscribed(stomp, error);

    agentReplies(chatting, agent, "您好，请讲");
    await(
        "the supervisor sees the agent's reply in the transcript",
        () -> lines.stream().anyMatch(l -> l.path("text").asText().equals("您好，请讲")));
    await(
        "the row says the visitor no longer waits",
        () ->
            rows.stream()
                .anyMatch(
                    r ->
                        r.path("conversationId").asLong() == chatting.id()
                            && !absent(r.path("conversation"))
                            && absent(r.path("conversation").path("waitingSince"))));
    fanWrites(served, "我的订单还没到");
    await(
        "the supervisor sees the fan's message in the transcript",
        () -> lines.stream().anyMatch(l -> l.path("text").asText().equals("我的订单还没到")));
    JsonNode transcript =
        json.readTree(
            http.send("GET", "/api/monitor/conversations/" + chatting.id() + "/messages", null)
                .body());
    List<Long> live = lines.stream().map(l -> l.path("id").asLong()).toList();
    List<Long> loaded = new ArrayList<>();
    transcript.forEach(l -> loaded.add(l.path("id").asLong()));
    assertThat(loaded).containsAll(live);

    actions.end(chatting.id(), new AgentActions.Actor(agent.username(), false));
    await(
        "the ended conversation leaves the supervisor's list",
        () ->
            rows.stream()
                .anyMatch(
                    r ->
                        r.path("conversationId").asLong() == chatting.id()
                            && absent(r.path("conversation"))));
    JsonNode reloaded = json.readTree(http.send("GET", "/api/monitor/conversations", null).body());
    assertThat(ids(reloaded)).doesNotContain(chatting.id());
    assertThat(error.get()).isNull();
  }

  @Test
  void aNoteReachesTheAgentsWorkbenchButNeverWeChat() throws Exception {
    Agent agent = agent(queueId, 1);
    Agent supervisor = supervisor(queueId, 1);
    String fan = fan();
    Conversation conversation = servedBy(agent, fan);
    HttpSession agentHttp = HttpSession.login(baseUrl(), agent.username(), "pw");
    List<JsonNode> workbench = new CopyOnWriteArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    StompSession agentSocket = connect(agentHttp, error);
    agentSocket.subscribe("/user/queue/events", AgentSockets.collectInto(workbench));
    awaitSubscribed(agentSocket, error);
    int outboundBefore = outboundTo(fan);
    int sendsBefore = wechat().calls(FakeWeChatApi.SEND).size();

    HttpSession http = HttpSession.login(baseUrl(), supervisor.username(), "pw");
    HttpResponse<String> blank =
        http.send(
            "POST",
            "/api/monitor/conversations/" + conversation.id() + "/notes",
            "{\"text\":\" \"}");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("input.length");
    assertThat(
            http.send(
                    "POST",
                    "/api/monitor/conversations/" + conversation.id() + "/notes",
                    "{\"text\":\"先核对订单号再答复\"}")
                .statusCode())
        .isEqualTo(204);

    await(
        "the agent's workbench shows the supervisor's note",
        () ->
            workbench.stream()
                .anyMatch(
                    e ->
                        e.path("type").asText().equals("MESSAGE_ADDED")
                            && e.path("message").path("direction").asText().equals("NOTE")
                            && e.path("message")
                                .path("author")
                                .asText()
                                .equals(supervisor.username())
                            && e.path("message").path("text").asText().equals("先核对订单号再答复")));
    assertThat(outboundTo(fan)).isEqualTo(outboundBefore);
    List<FakeWeChatApi.Call> sends = wechat().calls(FakeWeChatApi.SEND);
    assertThat(sends.subList(sendsBefore, sends.size()))
        .extracting(call -> call.json().path("text").path("content").asText())
        .doesNotContain("先核对订单号再答复");
    assertThat(audited("monitor.note", conversation.id())).isEqualTo(1);
  }

  @Test
  void takingOverMovesTheConversationToTheSupervisorAndBothWorkbenchesEqualAReload()
      throws Exception {
    Agent agent = agent(queueId, 1);
    Agent supervisor = supervisor(queueId, 1);
    String fan = fan();
    Conversation conversation = servedBy(agent, fan);
    HttpSession agentHttp = HttpSession.login(baseUrl(), agent.username(), "pw");
    HttpSession http = HttpSession.login(baseUrl(), supervisor.username(), "pw");
    List<JsonNode> agentEvents = new CopyOnWriteArrayList<>();
    List<JsonNode> supervisorEvents = new CopyOnWriteArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    StompSession agentSocket = connect(agentHttp, error);
    agentSocket.subscribe("/user/queue/events", AgentSockets.collectInto(agentEvents));
    StompSession supervisorSocket = connect(http, error);
    supervisorSocket.subscribe("/user/queue/events", AgentSockets.collectInto(supervisorEvents));
    awaitSubscribed(agentSocket, error);
    awaitSubscribed(supervisorSocket, error);

    assertThat(
            http.send(
                    "POST", "/api/monitor/conversations/" + conversation.id() + "/take-over", null)
                .statusCode())
        .isEqualTo(204);

    assertThat(reload(conversation).agentUsername()).isEqualTo(supervisor.username());
    assertThat(reload(conversation).status()).isEqualTo(Conversation.Status.CHATTING);
    await(
        "the agent's workbench lets the conversation go",
        () ->
            agentEvents.stream()
                .anyMatch(
                    e ->
                        e.path("type").asText().equals("CONVERSATION_REMOVED")
                            && e.path("conversationId").asLong() == conversation.id()));
    await(
        "the supervisor's workbench gets it",
        () ->
            supervisorEvents.stream()
                .anyMatch(
                    e ->
                        e.path("type").asText().equals("CONVERSATION_ASSIGNED")
                            && e.path("conversationId").asLong() == conversation.id()));
    assertThat(workbenchIds(agentHttp)).doesNotContain(conversation.id());
    assertThat(workbenchIds(http)).contains(conversation.id());
    // The flow goes on with the supervisor: the reply reaches the fan through WeChat.
    assertThat(
            http.send(
                    "POST",
                    "/api/conversations/" + conversation.id() + "/messages",
                    "{\"kind\":\"TEXT\",\"content\":{\"text\":\"我是班长，我来处理\"},\"idempotencyKey\":\"takeover-"
                        + System.nanoTime()
                        + "\"}")
                .statusCode())
        .isEqualTo(202);
    await(
        "the supervisor's reply reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                .anyMatch(
                    call -> call.json().path("text").path("content").asText().equals("我是班长，我来处理")));
    // The previous agent can no longer act on it.
    assertThat(
            agentHttp
                .send("GET", "/api/conversations/" + conversation.id() + "/messages", null)
                .statusCode())
        .isEqualTo(403);
    assertThat(audited("monitor.take-over", conversation.id())).isEqualTo(1);

    HttpResponse<String> again =
        http.send("POST", "/api/monitor/conversations/" + conversation.id() + "/take-over", null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("transfer.toSelf");
    assertThat(error.get()).isNull();
  }

  @Test
  void theSupervisorTransfersToANamedAgentOrRefusesWithTheReason() throws Exception {
    Agent agent = agent(queueId, 1);
    Agent colleague = agent(queueId, 1);
    agents.savePresence(colleague.id(), AgentStatus.OFFLINE, 1);
    Agent supervisor = supervisor(queueId, 1);
    agents.savePresence(supervisor.id(), AgentStatus.OFFLINE, 1);
    Conversation conversation = servedBy(agent, fan());
    HttpSession http = HttpSession.login(baseUrl(), supervisor.username(), "pw");
    String path = "/api/monitor/conversations/" + conversation.id() + "/transfer";

    HttpResponse<String> offline = http.send("POST", path, "{\"agentId\":" + colleague.id() + "}");
    assertThat(offline.statusCode()).isEqualTo(409);
    assertThat(offline.body()).contains("transfer.agentOffline");
    assertThat(http.send("POST", path, "{}").statusCode()).isEqualTo(400);

    agents.savePresence(colleague.id(), AgentStatus.ONLINE, 1);
    assertThat(
            http.send("POST", path, "{\"agentId\":" + colleague.id() + ",\"note\":\"VIP 客户\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(reload(conversation).agentUsername()).isEqualTo(colleague.username());
    assertThat(audited("monitor.transfer", conversation.id())).isEqualTo(1);
  }

  /** The fan writes while {@code agent} is the only one online, so the agent serves them. */
  private Conversation servedBy(Agent agent, String fan) {
    List<Long> others =
        jdbc.sql("select user_id from desk.agent_profile where status = 'ONLINE' and user_id <> ?")
            .param(agent.id())
            .query(Long.class)
            .list();
    others.forEach(id -> agents.savePresence(id, AgentStatus.OFFLINE, 1));
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    others.forEach(id -> agents.savePresence(id, AgentStatus.ONLINE, 1));
    return conversation;
  }

  private StompSession connect(HttpSession http, AtomicReference<String> error) throws Exception {
    StompSession session = AgentSockets.connect(baseUrl(), http, error);
    sockets.add(session);
    return session;
  }

  /** A receipt-less STOMP subscription is in place once a round trip to the server is done. */
  private void awaitSubscribed(StompSession stomp, AtomicReference<String> error) {
    await("the socket is connected", () -> stomp.isConnected() || error.get() != null);
    assertThat(error.get()).isNull();
  }

  private List<Long> workbenchIds(HttpSession http) throws Exception {
    JsonNode workbench = json.readTree(http.send("GET", "/api/workbench", null).body());
    List<Long> ids = new ArrayList<>();
    workbench.path("conversations").forEach(c -> ids.add(c.path("id").asLong()));
    return ids;
  }

  private int outboundTo(String openid) {
    return jdbc.sql("select count(*) from desk.outbound_message where openid = ?")
        .param(openid)
        .query(Integer.class)
        .single();
  }

  private int audited(String action, long conversationId) {
    return jdbc.sql(
            "select count(*) from desk.audit_entry where action = ? and target_type = 'CONVERSATION' and target_id = ?")
        .params(action, Long.toString(conversationId))
        .query(Integer.class)
        .single();
  }

  private static JsonNode row(JsonNode list, long conversationId) {
    for (JsonNode row : list) {
      if (row.path("id").asLong() == conversationId) {
        return row;
      }
    }
    throw new AssertionError("conversation " + conversationId + " not listed: " + list);
  }

  /** Left out of the JSON, as the desk writes nulls, or null. */
  private static boolean absent(JsonNode value) {
    return value.isMissingNode() || value.isNull();
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(row -> ids.add(row.path("id").asLong()));
    return ids;
  }
}
