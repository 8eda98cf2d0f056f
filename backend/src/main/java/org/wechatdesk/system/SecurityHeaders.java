package org.wechatdesk.system;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers that keep the desk's pages to what they are meant to do. Scripts only from the desk
 * itself; inline styles allowed, since React's style attributes and bpmn-js's SVG use them; images
 * from anywhere, since fans' and agents' avatars are WeChat's; no plugins, no framing, no forms or
 * base URLs elsewhere. Camunda's Cockpit sends a policy of its own (with a nonce for its scripts),
 * which a second one would narrow and break, so it gets none of the desk's.
 */
final class SecurityHeaders {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; "
          + "style-src 'self' 'unsafe-inline'; img-src * data: blob:; media-src 'self' blob:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** The desk uses none of these; a script that found its way in gets none of them either. */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
          + "accelerometer=(), gyroscope=(), magnetometer=()";

  /**
   * Full addresses within the desk; none to other sites, so that no code or token in a URL leaks in
   * a Referer.
   */
  static final String REFERRER_POLICY = "same-origin";

  static final RequestMatcher DESK_PAGES =
      request -> !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");

  /** For answers that never reach Spring Security: Tomcat's own error page. */
  static final Map<String, String> FOR_CONTAINER_ERRORS =
      Map.of(
          "Content-Security-Policy",
          CONTENT_SECURITY_POLICY,
          "Permissions-Policy",
          PERMISSIONS_POLICY,
          "Referrer-Policy",
          REFERRER_POLICY,
          "X-Content-Type-Options",
          "nosniff",
          "X-Frame-Options",
          "DENY",
          "Cache-Control",
          "no-store");

  private SecurityHeaders() {}

  static void writeContainerErrorHeaders(HttpServletResponse response) {
    FOR_CONTAINER_ERRORS.forEach(
        (name, value) -> {
          if (!response.containsHeader(name)) {
            response.setHeader(name, value);
          }
        });
  }
}
