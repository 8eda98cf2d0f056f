package org.wechatdesk.system;

import jakarta.servlet.ServletContext;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * Marks the login session's cookie Secure whenever the desk's public address is https, also when
 * the proxy in front does not say in X-Forwarded-Proto that the request came over TLS.
 */
@Component
class SecureSessionCookie implements ServletContextInitializer {

  private final TransportSecurity transport;

  SecureSessionCookie(TransportSecurity transport) {
    this.transport = transport;
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (transport.publicAddressIsHttps()) {
      servletContext.getSessionCookieConfig().setSecure(true);
    }
  }
}
