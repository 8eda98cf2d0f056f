package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.user.DeskUserRepository;

/** Cockpit is reachable for admins with the desk's login, and for nobody else. */
class CockpitAccessTest extends IntegrationTest {

  @Autowired DeskUserRepository users;

  @Autowired PasswordEncoder encoder;

  @Test
  void adminsOpenCockpitSignedInAsThemselves() {
    HttpSession admin = HttpSession.login(baseUrl(), "admin", "test-admin-password");
    HttpResponse<String> page = admin.send("GET", "/camunda/app/cockpit/default/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Camunda Cockpit");
    HttpResponse<String> who = admin.send("GET", "/camunda/api/admin/auth/user/default", null);
    assertThat(who.statusCode()).isEqualTo(200);
    assertThat(who.body()).contains("\"userId\":\"admin\"");
  }

  @Test
  void agentsAndStrangersAreKeptOut() {
    String username = "agent_cockpit_" + System.nanoTime();
    users.insert(username, encoder.encode("pw"), "Agent", Role.AGENT);
    HttpSession agent = HttpSession.login(baseUrl(), username, "pw");
    assertThat(agent.send("GET", "/camunda/app/cockpit/default/", null).statusCode())
        .isEqualTo(403);
    assertThat(
            new HttpSession(baseUrl())
                .send("GET", "/camunda/app/cockpit/default/", null)
                .statusCode())
        .isEqualTo(401);
    assertThat(
            new HttpSession(baseUrl())
                .send("GET", "/engine-rest/process-definition", null)
                .statusCode())
        .isIn(401, 403);
  }
}
