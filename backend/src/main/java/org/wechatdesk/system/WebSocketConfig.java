package org.wechatdesk.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.socket.EnableWebSocketSecurity;
import org.springframework.security.messaging.access.intercept.MessageMatcherDelegatingAuthorizationManager;
import org.springframework.security.messaging.web.csrf.CsrfChannelInterceptor;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over WebSocket at {@code /ws} for the workbench. The handshake needs a logged-in session
 * (see SecurityConfig); the CONNECT frame must carry the CSRF token; a client may subscribe only to
 * its own user queue ({@code /user/queue/events}, resolved by Spring to the logged-in user), an
 * admin also to the agents' status feed ({@code /user/queue/agent-status}), and send nothing.
 * Supervisors and admins may also subscribe to the monitor's topics ({@code /topic/monitor/**}),
 * which show every agent's conversations, and to the wallboard ({@code /queue/wallboard}); agents
 * may not.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableWebSocketSecurity
class WebSocketConfig implements WebSocketMessageBrokerConfigurer {

  /** Where the monitor package publishes. */
  private static final String MONITOR_TOPICS = "/topic/monitor/**";

  private final OpenWebSockets openSockets;

  WebSocketConfig(OpenWebSockets openSockets) {
    this.openSockets = openSockets;
  }

  @Override
  public void registerStompEndpoints(StompEndpointRegistry registry) {
    registry.addEndpoint("/ws");
  }

  @Override
  public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
    registration.addDecoratorFactory(openSockets::tracking);
  }

  @Override
  public void configureMessageBroker(MessageBrokerRegistry registry) {
    registry.enableSimpleBroker("/queue", "/topic");
    registry.setUserDestinationPrefix("/user");
  }

  /**
   * The CONNECT frame carries the token exactly as the XSRF-TOKEN cookie holds it, like every HTTP
   * request of the frontend; Spring's default channel check would expect a masked token instead.
   */
  @Bean
  ChannelInterceptor csrfChannelInterceptor() {
    return new CsrfChannelInterceptor();
  }

  @Bean
  AuthorizationManager<Message<?>> messageAuthorizationManager(
      MessageMatcherDelegatingAuthorizationManager.Builder messages) {
    return messages
        .simpTypeMatchers(
            SimpMessageType.CONNECT,
            SimpMessageType.HEARTBEAT,
            SimpMessageType.UNSUBSCRIBE,
            SimpMessageType.DISCONNECT)
        .authenticated()
        .simpSubscribeDestMatchers("/user/queue/events")
        .hasAnyRole("AGENT", "SUPERVISOR", "ADMIN")
        .simpSubscribeDestMatchers("/user/queue/agent-status")
        .hasRole("ADMIN")
        .simpSubscribeDestMatchers(MONITOR_TOPICS, "/queue/wallboard")
        .hasAnyRole("SUPERVISOR", "ADMIN")
        .anyMessage()
        .denyAll()
        .build();
  }
}
