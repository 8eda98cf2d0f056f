package org.wechatdesk.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A logged-in client over real HTTP, as the browser is: session cookie and the XSRF-TOKEN echo. */
public final class HttpSession {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public HttpSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  public static HttpSession login(String baseUrl, String username, String password) {
    HttpSession session = new HttpSession(baseUrl);
    session.send("GET", "/api/auth/csrf", null);
    HttpResponse<String> login =
        session.send(
            "POST",
            "/api/auth/login",
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
    if (login.statusCode() != 200) {
      throw new AssertionError(
          "login failed: "
              + login.statusCode()
              + " "
              + login.body()
              + " with cookies "
              + session.cookieHeader());
    }
    return session;
  }

  public HttpResponse<String> send(String method, String path, String json) {
    return send(method, path, json, "application/json");
  }

  /** A GET as a browser's address bar makes it: asking for a page, redirects not followed. */
  public HttpResponse<String> openPage(String path) {
    return send("GET", path, null, "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private HttpResponse<String> send(String method, String path, String json, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", accept)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    String csrf = cookie("XSRF-TOKEN");
    if (csrf != null) {
      request.header("X-XSRF-TOKEN", csrf);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** The Cookie header a WebSocket handshake of this session sends. */
  public String cookieHeader() {
    return String.join(
        "; ", cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).toList());
  }
}
