package org.wechatdesk.support;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sends the CSRF token the way the frontend does (XSRF-TOKEN cookie echoed in X-XSRF-TOKEN). Spring
 * Security's own {@code csrf()} test helper swaps the application's token repository for a
 * session-based one, which would then break every real HTTP client in the same context.
 */
public final class RealCsrf {

  private RealCsrf() {}

  public static RequestPostProcessor realCsrf() {
    return request -> {
      String token = UUID.randomUUID().toString();
      request.setCookies(new Cookie("XSRF-TOKEN", token));
      request.addHeader("X-XSRF-TOKEN", token);
      return request;
    };
  }
}
