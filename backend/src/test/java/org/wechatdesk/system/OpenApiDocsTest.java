package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;

/**
 * The API description and Swagger UI are for admins, and describe the admin API and how to
 * authenticate.
 */
class OpenApiDocsTest extends IntegrationTest {

  @Test
  void adminsGetTheSpecWithTheAdminEndpointsAndTheSessionSecurity() throws Exception {
    HttpSession admin = HttpSession.login(baseUrl(), "admin", "test-admin-password");
    HttpResponse<String> docs = admin.send("GET", "/v3/api-docs", null);

    assertThat(docs.statusCode()).isEqualTo(200);
    var spec = new com.fasterxml.jackson.databind.ObjectMapper().readTree(docs.body());
    assertThat(spec.path("info").path("title").asText()).isEqualTo("WeChat Desk API");
    assertThat(spec.path("paths").has("/api/admin/accounts")).isTrue();
    assertThat(spec.path("paths").has("/api/admin/accounts/{id}/menu")).isTrue();
    assertThat(spec.path("paths").has("/api/admin/rules/trial")).isTrue();
    assertThat(spec.path("paths").has("/api/admin/processes")).isTrue();
    var schemes = spec.path("components").path("securitySchemes");
    assertThat(schemes.path("session").path("in").asText()).isEqualTo("cookie");
    assertThat(schemes.path("csrf").path("name").asText()).isEqualTo("X-XSRF-TOKEN");

    assertThat(admin.send("GET", "/swagger-ui/index.html", null).statusCode()).isEqualTo(200);
  }

  @Test
  void nobodyElseGetsIt() throws Exception {
    mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isUnauthorized());
    mvc.perform(get("/v3/api-docs").with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/swagger-ui/index.html").with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
  }
}
