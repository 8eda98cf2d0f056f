package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class TransportSecurityTest {

  @Test
  void anHttpsPublicAddressMakesEveryRequestSecureEvenWhenTheProxySaysNothing() {
    MockHttpServletRequest plain = new MockHttpServletRequest();
    assertThat(new TransportSecurity("https://desk.example.com").secure(plain)).isTrue();
    assertThat(new TransportSecurity("HTTPS://desk.example.com/").publicAddressIsHttps()).isTrue();

    TransportSecurity onHttp = new TransportSecurity("http://localhost:8080");
    assertThat(onHttp.secure(plain)).isFalse();
    MockHttpServletRequest overTls = new MockHttpServletRequest();
    overTls.setSecure(true);
    assertThat(onHttp.secure(overTls))
        .as("as the trusted proxy's X-Forwarded-Proto makes it")
        .isTrue();
  }
}
