package org.wechatdesk.system;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.WebSocketHandlerDecorator;

/**
 * The workbench sockets open on this node, by user, so that disabling a user also closes the
 * sockets they already hold, on this node and, through a cluster notice, on the others: the HTTP
 * side refuses their next request, but an open socket would otherwise keep receiving conversation
 * events until it reconnects. The user feature says when (SocketsOfDisabledUsers).
 */
@Component
public class OpenWebSockets {

  private static final Logger log = LoggerFactory.getLogger(OpenWebSockets.class);
  static final CloseStatus USER_DISABLED = CloseStatus.POLICY_VIOLATION.withReason("user disabled");

  private final Map<String, Set<WebSocketSession>> byUser = new ConcurrentHashMap<>();
  private static final String DISABLED = "user-disabled";

  private final ClusterNotices notices;

  OpenWebSockets(ClusterNotices notices) {
    this.notices = notices;
  }

  WebSocketHandler tracking(WebSocketHandler handler) {
    return new WebSocketHandlerDecorator(handler) {
      @Override
      public void afterConnectionEstablished(WebSocketSession session) throws Exception {
        if (session.getPrincipal() != null) {
          byUser
              .computeIfAbsent(
                  session.getPrincipal().getName(), name -> ConcurrentHashMap.newKeySet())
              .add(session);
        }
        super.afterConnectionEstablished(session);
      }

      @Override
      public void afterConnectionClosed(WebSocketSession session, CloseStatus status)
          throws Exception {
        if (session.getPrincipal() != null) {
          byUser.getOrDefault(session.getPrincipal().getName(), Set.of()).remove(session);
        }
        super.afterConnectionClosed(session, status);
      }
    };
  }

  /**
   * Asks the other nodes to close the user's sockets; called in the transaction that disables the
   * user, so the notice goes out when the disabling commits.
   */
  public void announceClosing(String username) {
    notices.send(DISABLED, username);
  }

  @EventListener
  void disabledElsewhere(ClusterNotices.ClusterNotice notice) {
    if (notice.topic().equals(DISABLED)) {
      close(notice.payload());
    }
  }

  /** Closes the user's sockets on this node. */
  public void close(String username) {
    for (WebSocketSession session : byUser.getOrDefault(username, Set.of())) {
      try {
        session.close(USER_DISABLED);
      } catch (IOException e) {
        log.info("Closing a socket of disabled user {} failed: {}", username, e.toString());
      }
    }
  }
}
