package org.wechatdesk.channel.h5;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the H5 page's API requests act as the visitor their cookie names, for that request only: the
 * visitor is never put in the HTTP session, so the desk's own login in the same browser is left
 * alone.
 */
public class VisitorAuthenticationFilter extends OncePerRequestFilter {

  private final VisitorCookie cookie;

  public VisitorAuthenticationFilter(VisitorCookie cookie) {
    this.cookie = cookie;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(request.getContextPath() + "/api/h5/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    cookie
        .read(request)
        .ifPresent(
            visitor ->
                context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(
                        visitor,
                        null,
                        List.of(new SimpleGrantedAuthority("ROLE_" + H5Visitor.ROLE)))));
    SecurityContextHolder.setContext(context);
    chain.doFilter(request, response);
  }
}
