package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wechatdesk.channel.h5.H5Visitor;
import org.wechatdesk.support.IntegrationTest;

/**
 * Every endpoint under /api, as registered in Spring MVC, refuses anonymous callers (401), every admin
 * endpoint refuses agents (403), and H5 visitors reach the H5 page's API only. A new controller is covered without anyone listing it here.
 */
class AuthorizationSweepTest extends IntegrationTest {

  /**
   * Open by design: logging in needs no login, and a fan rates with the token of the rating link
   * (RatingTemplateTest covers what that token allows). /api/demo/** exists only in demo mode, with its
   * own chain.
   */
  private static final Set<String> PUBLIC = Set.of("/api/auth/login", "/api/auth/csrf", "/api/rating-page/{token}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void anonymousCallersGet401OnEveryApiEndpoint() throws Exception {
    List<Endpoint> endpoints = apiEndpoints();
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      int status = mvc.perform(request(endpoint.method(), endpoint.concretePath()).with(realCsrf()))
          .andReturn().getResponse().getStatus();
      if (status != 401) {
        open.add(endpoint + " -> " + status);
      }
    }
    assertThat(open).isEmpty();
  }

  @Test
  void agentsGet403OnEveryAdminEndpoint() throws Exception {
    List<Endpoint> admin = apiEndpoints().stream().filter(e -> e.path().startsWith("/api/admin/")).toList();
    assertThat(admin).extracting(Endpoint::path).contains("/api/admin/accounts/{id}/menu", "/api/admin/rules/trial");
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : admin) {
      int status = mvc.perform(request(endpoint.method(), endpoint.concretePath())
          .with(user("agent").roles("AGENT")).with(realCsrf())).andReturn().getResponse().getStatus();
      if (status != 403) {
        open.add(endpoint + " -> " + status);
      }
    }
    assertThat(open).isEmpty();
  }

  /**
   * A fan signed in on the H5 chat page reaches the page's API only: with a desk role forged onto the fan's
   * principal nothing else opens, because the page API's filter authenticates nothing outside /api/h5/.
   */
  @Test
  void anH5VisitorIsRefusedEverywhereButThePageApi() throws Exception {
    List<Endpoint> desk = apiEndpoints().stream().filter(e -> !e.path().startsWith("/api/h5/")).toList();
    List<String> open = new ArrayList<>();
    for (Endpoint endpoint : desk) {
      int status = mvc.perform(request(endpoint.method(), endpoint.concretePath())
          .with(user(new H5Visitor(1, 1).getName()).roles(H5Visitor.ROLE)).with(realCsrf()))
          .andReturn().getResponse().getStatus();
      if (status != 403) {
        open.add(endpoint + " -> " + status);
      }
    }
    assertThat(open).isEmpty();
    List<Endpoint> page = apiEndpoints().stream().filter(e -> e.path().startsWith("/api/h5/")).toList();
    assertThat(page).extracting(Endpoint::path).contains("/api/h5/session", "/api/h5/messages");
    for (Endpoint endpoint : page) {
      assertThat(mvc.perform(request(endpoint.method(), endpoint.concretePath())
              .with(user("agent").roles("AGENT")).with(realCsrf())).andReturn().getResponse().getStatus())
          .as("an agent on " + endpoint).isEqualTo(401);
    }
  }

  private List<Endpoint> apiEndpoints() {
    Set<Endpoint> endpoints = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(endpoints(info)));
    List<Endpoint> api = endpoints.stream()
        .filter(e -> e.path().startsWith("/api/") && !PUBLIC.contains(e.path()) && !e.path().startsWith("/api/demo/"))
        .toList();
    // Guards against a sweep that silently finds nothing, e.g. after the mapping bean is renamed.
    assertThat(api).hasSizeGreaterThan(20);
    return api;
  }

  private static List<Endpoint> endpoints(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    List<RequestMethod> effective = methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    return info.getPatternValues().stream()
        .flatMap(path -> effective.stream().map(method -> new Endpoint(method.asHttpMethod(), path)))
        .toList();
  }

  record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

    /** Path variables filled with a value every handler would parse, so security decides, not a 400. */
    String concretePath() {
      return path.replaceAll("\\{[^}]+}", "1");
    }

    @Override
    public int compareTo(Endpoint other) {
      return (path + " " + method).compareTo(other.path + " " + other.method);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
