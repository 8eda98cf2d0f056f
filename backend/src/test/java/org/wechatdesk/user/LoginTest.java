package org.wechatdesk.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.system.Role;

class LoginTest extends IntegrationTest {

  @Autowired DeskUserRepository users;

  @Autowired PasswordEncoder encoder;

  private static String credentials(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void initialAdminLogsInAndSeesItsRoles() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            post("/api/auth/login")
                .session(session)
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(credentials("admin", "test-admin-password")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[0]").value("ADMIN"));
    assertThat(users.findByUsername("admin").orElseThrow().passwordHash()).startsWith("{bcrypt}");
  }

  @Test
  void sessionFromLoginAuthenticatesLaterRequests() throws Exception {
    var result =
        mvc.perform(
                post("/api/auth/login")
                    .with(realCsrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(credentials("admin", "test-admin-password")))
            .andExpect(status().isOk())
            .andReturn();
    MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
    mvc.perform(get("/api/auth/me").session(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("admin"))
        // desk.time-zone's default: the screens show times as the rating template writes them.
        .andExpect(jsonPath("$.timeZone").value("Asia/Shanghai"));
    mvc.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
  }

  @Test
  void aStrangersFailuresLockOnlyTheStrangersAddressNeverTheUser() throws Exception {
    String username = "agent_" + System.nanoTime();
    users.insert(username, encoder.encode("right-password"), "Agent", Role.AGENT);
    for (int i = 0; i < 3; i++) {
      login(username, "wrong", "203.0.113.7").andExpect(status().isUnauthorized());
    }
    login(username, "right-password", "203.0.113.7")
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("Retry-After", "300"))
        .andExpect(jsonPath("$.code").value("user.tooManyFailedLogins"))
        .andExpect(jsonPath("$.params.seconds").value(300));
    login(username, "right-password", "198.51.100.20").andExpect(status().isOk());
  }

  @Test
  void unknownAndKnownNamesAreAnsweredAlike() throws Exception {
    String known = "agent_" + System.nanoTime();
    users.insert(known, encoder.encode("right-password"), "Agent", Role.AGENT);
    String unknown = "nobody_" + System.nanoTime();
    for (int i = 0; i < 3; i++) {
      String knownAnswer =
          login(known, "wrong", "203.0.113.8")
              .andExpect(status().isUnauthorized())
              .andReturn()
              .getResponse()
              .getContentAsString();
      String unknownAnswer =
          login(unknown, "wrong", "203.0.113.8")
              .andExpect(status().isUnauthorized())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(unknownAnswer).isEqualTo(knownAnswer);
    }
    String knownLocked =
        login(known, "wrong", "203.0.113.8")
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String unknownLocked =
        login(unknown, "wrong", "203.0.113.8")
            .andExpect(status().isTooManyRequests())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(unknownLocked).isEqualTo(knownLocked);
  }

  private org.springframework.test.web.servlet.ResultActions login(
      String username, String password, String address) throws Exception {
    return mvc.perform(
        post("/api/auth/login")
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(credentials(username, password))
            .with(
                request -> {
                  request.setRemoteAddr(address);
                  return request;
                }));
  }

  @Test
  void loginWithoutCsrfTokenIsRefused() throws Exception {
    mvc.perform(
            post("/api/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .content(credentials("admin", "test-admin-password")))
        .andExpect(status().isForbidden());
  }
}
