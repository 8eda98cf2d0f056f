package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Cockpit is reachable for admins with the desk's login, and for nobody else; the favicon for all.
 */
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

  /** A person, not Cockpit's scripts: sent to the desk's page that says why, not shown JSON. */
  @Test
  void anAgentOpeningCockpitInTheBrowserIsSentToTheDesksDeniedPage() {
    String username = "agent_cockpit_page_" + System.nanoTime();
    users.insert(username, encoder.encode("pw"), "Agent", Role.AGENT);
    HttpSession agent = HttpSession.login(baseUrl(), username, "pw");

    HttpResponse<String> page = agent.openPage("/camunda/app/cockpit/");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow())
        .endsWith(CockpitPages.DENIED)
        .doesNotStartWith("/camunda");

    HttpResponse<String> stranger = new HttpSession(baseUrl()).openPage("/camunda/app/cockpit/");
    assertThat(stranger.statusCode()).isEqualTo(302);
    assertThat(stranger.headers().firstValue("Location").orElseThrow()).doesNotContain("/camunda");

    HttpSession admin = HttpSession.login(baseUrl(), "admin", "test-admin-password");
    assertThat(admin.openPage("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
  }

  /** Browsers ask every page's icon from the root, logged in or not; it must not be a 401. */
  @Test
  void theFaviconIsPublic() {
    HttpSession stranger = new HttpSession(baseUrl());
    HttpResponse<String> ico = stranger.openPage("/favicon.ico");
    assertThat(ico.statusCode()).isEqualTo(302);
    assertThat(ico.headers().firstValue("Location").orElseThrow()).endsWith("/favicon.svg");
    HttpResponse<String> svg = stranger.openPage("/favicon.svg");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.body()).contains("<svg");
  }
}
