package org.wechatdesk.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Gives the browser a new XSRF token when a user logs in, so that a token someone planted or read
 * in the browser before the login is worth nothing after it. The login answer carries the new
 * cookie.
 */
@Component
class NewCsrfTokenAtLogin {

  private final CsrfTokenRepository tokens;

  NewCsrfTokenAtLogin(CsrfTokenRepository tokens) {
    this.tokens = tokens;
  }

  @EventListener
  void loggedIn(AuthenticationSuccessEvent event) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
        && web.getResponse() != null) {
      tokens.saveToken(tokens.generateToken(web.getRequest()), web.getRequest(), web.getResponse());
    }
  }
}
