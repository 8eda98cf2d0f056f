package org.wechatdesk.support;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.WebSocketContainer;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.messaging.converter.MappingJackson2MessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * An agent's workbench socket over real STOMP, logged in by the session's cookie and CSRF token.
 */
public final class AgentSockets {

  private static final int FRAME_LIMIT = 1024 * 1024;

  private AgentSockets() {}

  /**
   * Connects to {@code baseUrl}'s /ws; errors the server sends or the transport meets go into
   * {@code error}.
   */
  public static StompSession connect(
      String baseUrl, HttpSession http, AtomicReference<String> error) throws Exception {
    // The container's default 8 KB text buffer closes the socket on a larger frame (a wallboard of
    // a suite's many queues and agents); a browser has no such limit.
    WebSocketContainer container = ContainerProvider.getWebSocketContainer();
    container.setDefaultMaxTextMessageBufferSize(FRAME_LIMIT);
    WebSocketStompClient client = new WebSocketStompClient(new StandardWebSocketClient(container));
    client.setInboundMessageSizeLimit(FRAME_LIMIT);
    client.setMessageConverter(new MappingJackson2MessageConverter());
    WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
    handshake.add("Cookie", http.cookieHeader());
    StompHeaders connect = new StompHeaders();
    connect.add("X-XSRF-TOKEN", http.cookie("XSRF-TOKEN"));
    return client
        .connectAsync(
            baseUrl.replaceFirst("^http", "ws") + "/ws",
            handshake,
            connect,
            new StompSessionHandlerAdapter() {
              @Override
              public void handleException(
                  StompSession s,
                  StompCommand command,
                  StompHeaders headers,
                  byte[] payload,
                  Throwable e) {
                error.set(e.toString());
              }

              @Override
              public void handleFrame(StompHeaders headers, Object payload) {
                error.set(headers.getFirst("message"));
              }

              @Override
              public void handleTransportError(StompSession s, Throwable e) {
                error.set(e.toString());
              }
            })
        .get(10, TimeUnit.SECONDS);
  }

  public static StompFrameHandler collectInto(List<JsonNode> events) {
    return new StompFrameHandler() {
      @Override
      public Type getPayloadType(StompHeaders headers) {
        return JsonNode.class;
      }

      @Override
      public void handleFrame(StompHeaders headers, Object payload) {
        events.add((JsonNode) payload);
      }
    };
  }
}
