package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wechatdesk.channel.h5.H5Visitor;
import org.wechatdesk.support.ApiEndpoints;
import org.wechatdesk.support.ApiEndpoints.Endpoint;
import org.wechatdesk.support.IntegrationTest;

/**
 * Every endpoint under /api, as registered in Spring MVC, refuses anonymous callers (401), every
 * admin endpoint refuses agents and supervisors (403), every monitor, report and wallboard endpoint
 * agents (403), and H5 visitors reach the H5 page's API only. A new controller is covered without
 * anyone listing it here.
 */
class AuthorizationSweepTest extends IntegrationTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void anonymousCallersGet401OnEveryApiEndpoint() throws Exception {
    List<Endpoint> endpoints = apiEndpoints();
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      int status =
          mvc.perform(request(endpoint.method(), endpoint.concretePath()).with(realCsrf()))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 401) {
        open.add(endpoint + " -> " + status);
      }
    }
    assertThat(open).isEmpty();
  }

  @Test
  void agentsGet403OnEveryAdminEndpoint() throws Exception {
    assertThat(notRefused("AGENT", "/api/admin/", "/api/admin/accounts/{id}/menu")).isEmpty();
  }

  /** Supervisors steer conversations; configuring the desk stays the admins'. */
  @Test
  void supervisorsGet403OnEveryAdminEndpoint() throws Exception {
    assertThat(notRefused("SUPERVISOR", "/api/admin/", "/api/admin/rules/trial")).isEmpty();
  }

  /** The monitor shows every agent's conversations: agents may not look. */
  @Test
  void agentsGet403OnEveryMonitorEndpoint() throws Exception {
    assertThat(notRefused("AGENT", "/api/monitor/", "/api/monitor/conversations/{id}/take-over"))
        .isEmpty();
  }

  /** Reports and the wallboard show every agent's work: supervisors and admins look, not agents. */
  @Test
  void agentsGet403OnEveryReportAndWallboardEndpoint() throws Exception {
    assertThat(notRefused("AGENT", "/api/reports", "/api/reports/csv")).isEmpty();
    assertThat(notRefused("AGENT", "/api/wallboard", "/api/wallboard")).isEmpty();
  }

  /** The endpoints under {@code prefix} that do not answer 403 to a user of {@code role}. */
  private List<String> notRefused(String role, String prefix, String oneOfThem) throws Exception {
    List<Endpoint> endpoints =
        apiEndpoints().stream().filter(e -> e.path().startsWith(prefix)).toList();
    assertThat(endpoints).extracting(Endpoint::path).contains(oneOfThem);
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      int status =
          mvc.perform(
                  request(endpoint.method(), endpoint.concretePath())
                      .with(user("someone").roles(role))
                      .with(realCsrf()))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 403) {
        open.add(endpoint + " -> " + status);
      }
    }
    return open;
  }

  /**
   * A fan signed in on the H5 chat page reaches the page's API only: with a desk role forged onto
   * the fan's principal nothing else opens, because the page API's filter authenticates nothing
   * outside /api/h5/.
   */
  @Test
  void anH5VisitorIsRefusedEverywhereButThePageApi() throws Exception {
    List<Endpoint> desk =
        apiEndpoints().stream().filter(e -> !e.path().startsWith("/api/h5/")).toList();
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : desk) {
      int status =
          mvc.perform(
                  request(endpoint.method(), endpoint.concretePath())
                      .with(user(new H5Visitor(1, 1).getName()).roles(H5Visitor.ROLE))
                      .with(realCsrf()))
              .andReturn()
              .getResponse()
              .getStatus();
      if (status != 403) {
        open.add(endpoint + " -> " + status);
      }
    }
    assertThat(open).isEmpty();
    List<Endpoint> page =
        apiEndpoints().stream().filter(e -> e.path().startsWith("/api/h5/")).toList();
    assertThat(page).extracting(Endpoint::path).contains("/api/h5/session", "/api/h5/messages");
    for (Endpoint endpoint : page) {
      assertThat(
              mvc.perform(
                      request(endpoint.method(), endpoint.concretePath())
                          .with(user("agent").roles("AGENT"))
                          .with(realCsrf()))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as("an agent on " + endpoint)
          .isEqualTo(401);
    }
  }

  private List<Endpoint> apiEndpoints() {
    return ApiEndpoints.of(mappings);
  }
}
