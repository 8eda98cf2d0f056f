package org.wechatdesk.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import org.wechatdesk.support.HttpSession;

/**
 * Agents' workbenches as the browser holds them: logged in over HTTP, one STOMP connection each,
 * subscribed to their events. Notes when each fan text first reached an agent's screen.
 */
final class AgentScreens implements AutoCloseable {

  private final List<StompSession> sessions = new ArrayList<>();
  private final Map<String, Long> shownAt = new ConcurrentHashMap<>();

  /** Agent i connects to node i mod the nodes' number, as a load balancer would spread them. */
  AgentScreens(ServerNodes nodes, List<String> usernames, String password) throws Exception {
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient());
    client.setMessageConverter(new MappingJackson2MessageConverter());
    client.setInboundMessageSizeLimit(1024 * 1024);
    for (int i = 0; i < usernames.size(); i++) {
      String baseUrl = nodes.baseUrl(i);
      HttpSession http = HttpSession.login(baseUrl, usernames.get(i), password);
      WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
      handshake.add("Cookie", http.cookieHeader());
      StompHeaders connect = new StompHeaders();
      connect.add("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
      StompSession session =
          client
              .connectAsync(
                  baseUrl.replace("http", "ws") + "/ws",
                  handshake,
                  connect,
                  new StompSessionHandlerAdapter() {})
              .get(30, TimeUnit.SECONDS);
      session.subscribe("/user/queue/events", new Shown());
      sessions.add(session);
    }
  }

  /** System.nanoTime when {@code text} was first on an agent's screen, or null. */
  Long shownAt(String text) {
    return shownAt.get(text);
  }

  private final class Shown implements StompFrameHandler {

    @Override
    public Type getPayloadType(StompHeaders headers) {
      return JsonNode.class;
    }

    @Override
    public void handleFrame(StompHeaders headers, Object payload) {
      JsonNode event = (JsonNode) payload;
      if (event.path("type").asText().equals("MESSAGE_ADDED")) {
        shownAt.putIfAbsent(event.path("message").path("text").asText(), System.nanoTime());
      }
    }
  }

  @Override
  public void close() {
    sessions.forEach(StompSession::disconnect);
  }
}
