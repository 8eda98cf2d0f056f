package org.wechatdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.RealCsrf.realCsrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wechatdesk.support.IntegrationTest;

class LoginTest extends IntegrationTest {

  @Autowired
  DeskUserRepository users;

  @Autowired
  PasswordEncoder encoder;

  private static String credentials(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void initialAdminLogsInAndSeesItsRoles() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/api/auth/login").session(session).with(realCsrf()).contentType(MediaType.APPLICATION_JSON)
            .content(credentials("admin", "test-admin-password")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
    assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}");
  }

  @Test
  void sessionFromLoginAuthenticatesLaterRequests() throws Exception {
    var result = mvc.perform(post("/api/auth/login").with(realCsrf()).contentType(MediaType.APPLICATION_JSON)
            .content(credentials("admin", "test-admin-password")))
        .andExpect(status().isOk()).andReturn();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(get("/api/auth/me").session(session)).andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("admin"));
    mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void repeatedFailuresLockTheUserOut() throws Exception {
    String username = "agent_" + System.nanoTime();
    users.insert(username, encoder.encode("right-password"), "Agent", Role.AGENT);
    for (int i = 0; i < 3; i++) {
      mvc.perform(post("/api/auth/login").with(realCsrf()).contentType(MediaType.APPLICATION_JSON)
              .content(credentials(username, "wrong")))
          .andExpect(status().isUnauthorized());
    }
    mvc.perform(post("/api/auth/login").with(realCsrf()).contentType(MediaType.APPLICATION_JSON)
            .content(credentials(username, "right-password")))
        .andExpect(status().isTooManyRequests())
        .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("Too many")));
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
            .content(credentials("admin", "test-admin-password")))
        .andExpect(status().isForbidden());
  }
}
