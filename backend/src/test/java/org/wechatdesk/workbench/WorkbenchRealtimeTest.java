package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.HttpSession;

/**
 * The workbench's live channel through the real server: STOMP over WebSocket with the login
 * session, events for the agent's conversations, catch-up after a gap, and no way into another
 * agent's queue.
 */
class WorkbenchRealtimeTest extends ConversationScenario {

  private final List<StompSession> sessions = new CopyOnWriteArrayList<>();

  @AfterEach
  void disconnect() {
    sessions.forEach(
        session -> {
          if (session.isConnected()) {
            try {
              session.disconnect();
            } catch (MessageDeliveryException closedMeanwhile) {
              // The server closes a session whose subscription it refused, possibly just after the
              // check above: a closed session has nothing left to disconnect.
            }
          }
        });
  }

  private StompSession connect(HttpSession http, AtomicReference<String> error) throws Exception {
    StompSession session = AgentSockets.connect(baseUrl(), http, error);
    sessions.add(session);
    return session;
  }

  private static StompFrameHandler collectInto(List<JsonNode> events) {
    return AgentSockets.collectInto(events);
  }

  @Test
  void agentSeesTheFansMessageLiveAndTheDeliveryOfTheReply() throws Exception {
    Agent agent = agent(queueId, 2);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    List<JsonNode> received = new CopyOnWriteArrayList<>();
    AtomicReference<String> error = new AtomicReference<>();
    StompSession stomp = connect(http, error);
    stomp.subscribe("/user/queue/events", collectInto(received));

    String fan = fan();
    fanWrites(fan, "新会话");
    await(
        "the agent's workbench gets the new conversation",
        () ->
            error.get() != null
                || received.stream()
                    .anyMatch(
                        e ->
                            e.path("type").asText().equals("CONVERSATION_ASSIGNED")
                                && e.path("conversation").path("fanName").asText().equals(fan)));
    assertThat(error.get()).isNull();
    fanWrites(fan, "实时消息");
    await(
        "the agent's workbench gets the fan's next message",
        () ->
            received.stream()
                .anyMatch(
                    e ->
                        e.path("type").asText().equals("MESSAGE_ADDED")
                            && e.path("message").path("text").asText().equals("实时消息")));

    Conversation conversation = conversationOf(fan);
    assertThat(
            http.send(
                    "POST",
                    "/api/conversations/" + conversation.id() + "/messages",
                    "{\"kind\":\"TEXT\",\"content\":{\"text\":\"您好 /::)\"},\"idempotencyKey\":\"reply-"
                        + System.nanoTime()
                        + "\"}")
                .statusCode())
        .isEqualTo(202);
    await(
        "the reply's delivery is reported",
        () ->
            received.stream()
                .anyMatch(
                    e ->
                        e.path("type").asText().equals("DELIVERY")
                            && e.path("delivery").path("status").asText().equals("SENT")
                            && messages.forConversation(conversation.id()).stream()
                                .anyMatch(
                                    m ->
                                        m.outboundId() != null
                                            && m.outboundId()
                                                == e.path("delivery").path("outboundId").asLong()
                                            && "您好 /::)".equals(m.text()))));
    assertThat(wechat().calls(FakeWeChatApi.SEND))
        .anySatisfy(
            call -> {
              assertThat(call.json().path("touser").asText()).isEqualTo(fan);
              assertThat(call.json().path("text").path("content").asText()).isEqualTo("您好 /::)");
            });

    JsonNode missed = json.readTree(http.send("GET", "/api/workbench/events?after=0", null).body());
    List<Long> ids = new java.util.ArrayList<>();
    missed.forEach(e -> ids.add(e.path("id").asLong()));
    assertThat(ids).isSorted().doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(received.size());
    assertThat(received).allSatisfy(e -> assertThat(ids).contains(e.path("id").asLong()));
    long lastSeen = received.get(0).path("id").asLong();
    JsonNode after =
        json.readTree(http.send("GET", "/api/workbench/events?after=" + lastSeen, null).body());
    after.forEach(e -> assertThat(e.path("id").asLong()).isGreaterThan(lastSeen));
  }

  @Test
  void aClientCannotSubscribeToAnythingButItsOwnQueue() throws Exception {
    Agent agent = agent(queueId, 1);
    Agent other = agent(queueId, 1);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    AtomicReference<String> error = new AtomicReference<>();
    StompSession stomp = connect(http, error);
    stomp.subscribe(
        "/user/" + other.username() + "/queue/events", collectInto(new CopyOnWriteArrayList<>()));
    await("the server refuses the subscription", () -> error.get() != null || !stomp.isConnected());
  }

  @Test
  void disablingAnAgentClosesTheSocketTheyHold() throws Exception {
    Agent agent = agent(queueId, 1);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    StompSession stomp = connect(http, new AtomicReference<>());
    stomp.subscribe("/user/queue/events", collectInto(new CopyOnWriteArrayList<>()));
    assertThat(stomp.isConnected()).isTrue();

    mvc.perform(
            put("/api/admin/users/" + agent.id())
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"停用的座席\",\"enabled\":false}"))
        .andExpect(status().isOk());
    await("the server closes the disabled agent's socket", () -> !stomp.isConnected());
  }

  @Test
  void handshakeWithoutLoginIsRefused() {
    HttpSession anonymous = new HttpSession(baseUrl());
    anonymous.send("GET", "/api/auth/csrf", null);
    assertThatThrownBy(() -> connect(anonymous, new AtomicReference<>()))
        .hasMessageContaining("401");
  }

  @Test
  void connectWithoutTheCsrfTokenIsRefused() throws Exception {
    Agent agent = agent(queueId, 1);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
    handshake.add("Cookie", http.cookieHeader());
    AtomicReference<String> error = new AtomicReference<>();
    client.connectAsync(
        "ws://127.0.0.1:" + port + "/ws",
        handshake,
        new StompHeaders(),
        new StompSessionHandlerAdapter() {
          @Override
          public void handleTransportError(StompSession s, Throwable e) {
            error.set(e.toString());
          }

          @Override
          public void handleFrame(StompHeaders headers, Object payload) {
            error.set(String.valueOf(headers.getFirst("message")));
          }
        });
    await("the CONNECT frame is refused", () -> error.get() != null);
  }
}
