package org.wechatdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the desk is reached over TLS, so that its cookies must be Secure and browsers told to
 * stay on https: always when its public address is https (usually a proxy ends TLS and talks http
 * to the desk), or when the request came over TLS, directly or as a trusted proxy says in {@code
 * X-Forwarded-Proto}.
 */
@Component
public class TransportSecurity {

  private final boolean publicAddressIsHttps;

  TransportSecurity(@Value("${desk.public-base-url}") String publicBaseUrl) {
    this.publicAddressIsHttps = publicBaseUrl.regionMatches(true, 0, "https://", 0, 8);
  }

  public boolean publicAddressIsHttps() {
    return publicAddressIsHttps;
  }

  public boolean secure(HttpServletRequest request) {
    return publicAddressIsHttps || request.isSecure();
  }
}
