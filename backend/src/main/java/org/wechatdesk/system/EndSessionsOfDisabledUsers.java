package org.wechatdesk.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user an admin has disabled, on that session's next request, which then goes
 * on as anonymous and is answered 401.
 *
 * <p>Reloading the user on every request is one indexed lookup by username, and it works whichever
 * node holds the session. Spring Security's {@code SessionRegistry} would avoid the lookup but only
 * knows the sessions of its own node, and needs every login path to register its session; a missed
 * one would leave a disabled user working. Users are never deleted, only disabled, so an unknown
 * name (a test principal) is left alone.
 */
class EndSessionsOfDisabledUsers extends OncePerRequestFilter {

  private final UserDetailsService users;

  EndSessionsOfDisabledUsers(UserDetailsService users) {
    this.users = users;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)
        && isDisabled(authentication.getName())) {
      SecurityContextHolder.clearContext();
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
    }
    chain.doFilter(request, response);
  }

  private boolean isDisabled(String username) {
    try {
      return !users.loadUserByUsername(username).isEnabled();
    } catch (UsernameNotFoundException e) {
      return false;
    }
  }
}
