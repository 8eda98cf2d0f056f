package org.wechatdesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint under /api as Spring MVC registered it, for the authorization sweeps: a new
 * controller is covered without anyone listing it.
 */
public final class ApiEndpoints {

  /**
   * Open by design: logging in needs no login, and a fan rates with the token of the rating link
   * (RatingTemplateTest covers what that token allows). /api/demo/** exists only in demo mode, with
   * its own chain.
   */
  public static final Set<String> PUBLIC =
      Set.of("/api/auth/login", "/api/auth/csrf", "/api/rating-page/{token}");

  private ApiEndpoints() {}

  public static List<Endpoint> of(RequestMappingHandlerMapping mappings) {
    Set<Endpoint> endpoints = new TreeSet<>();
    mappings.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(endpoints(info)));
    List<Endpoint> api =
        endpoints.stream()
            .filter(
                e ->
                    e.path().startsWith("/api/")
                        && !PUBLIC.contains(e.path())
                        && !e.path().startsWith("/api/demo/"))
            .toList();
    // Guards against a sweep that silently finds nothing, e.g. after the mapping bean is renamed.
    assertThat(api).hasSizeGreaterThan(20);
    return api;
  }

  private static List<Endpoint> endpoints(RequestMappingInfo info) {
    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
    List<RequestMethod> effective =
        methods.isEmpty() ? List.of(RequestMethod.GET) : List.copyOf(methods);
    return info.getPatternValues().stream()
        .flatMap(
            path -> effective.stream().map(method -> new Endpoint(method.asHttpMethod(), path)))
        .toList();
  }

  public record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

    /**
     * Path variables filled with a value every handler would parse, so security decides, not a 400.
     */
    public String concretePath() {
      return path.replaceAll("\\{[^}]+}", "1");
    }

    public boolean hasId() {
      return path.contains("{");
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
