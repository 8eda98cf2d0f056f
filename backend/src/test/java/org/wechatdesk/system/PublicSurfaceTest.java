package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.support.H5Browser;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.IntegrationTest;

/**
 * What anyone on the internet meets: the headers of every page, the cookies behind a TLS-ending
 * proxy, whose word on the client's address counts, and Tomcat's own error page.
 */
class PublicSurfaceTest extends IntegrationTest {

  private static final String ADMIN_PASSWORD = "test-admin-password";
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void behindATlsProxyEveryCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
    HttpResponse<String> csrf = get("/api/auth/csrf", "X-Forwarded-Proto", "https");
    assertThat(csrf.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000"));
    String xsrf = setCookie(csrf, "XSRF-TOKEN");
    assertThat(xsrf).contains("; Secure").contains("SameSite=Lax");

    String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
    HttpResponse<String> login =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/login"))
                .header("X-Forwarded-Proto", "https")
                .header("Content-Type", "application/json")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    assertThat(setCookie(login, "JSESSIONID"))
        .contains("; Secure")
        .contains("HttpOnly")
        .contains("SameSite=Lax");
    assertThat(setCookie(login, "XSRF-TOKEN"))
        .as("a new token at login")
        .contains("; Secure")
        .doesNotContain(token);

    OfficialAccount withAuthorization = bindAccount().account();
    assertThat(
            setCookie(
                get("/h5/" + withAuthorization.appId(), "X-Forwarded-Proto", "https"),
                "DESK_H5_STATE"))
        .contains("; Secure");
    OfficialAccount anonymous = bindAccount().account();
    accountService.setH5Authorization(anonymous.id(), H5Authorization.NONE);
    assertThat(setCookie(get("/h5/" + anonymous.appId(), "X-Forwarded-Proto", "https"), "DESK_H5"))
        .contains("; Secure");

    HttpResponse<String> plain = get("/api/auth/csrf");
    assertThat(setCookie(plain, "XSRF-TOKEN"))
        .as("plain http on a developer's machine")
        .doesNotContain("Secure");
    assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
  }

  @Test
  void theXsrfTokenIsReplacedAtLoginAndTheNewOneWorks() {
    HttpSession browser = new HttpSession(baseUrl());
    browser.send("GET", "/api/auth/csrf", null);
    String before = browser.cookie("XSRF-TOKEN");
    assertThat(
            browser
                .send(
                    "POST",
                    "/api/auth/login",
                    "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(browser.cookie("XSRF-TOKEN")).isNotNull().isNotEqualTo(before);
    assertThat(browser.send("POST", "/api/auth/logout", null).statusCode()).isEqualTo(204);
  }

  @Test
  void theClientsAddressIsTheOneTheProxyOnThisHostNames() {
    OfficialAccount anonymous = bindAccount().account();
    accountService.setH5Authorization(anonymous.id(), H5Authorization.NONE);
    String client = "203.0.113." + (System.nanoTime() % 200 + 1);
    for (int i = 0; i < 30; i++) {
      H5Browser.behindProxy(baseUrl(), "10.9.8.7, " + client).get("/h5/" + anonymous.appId());
    }
    assertThat(
            H5Browser.behindProxy(baseUrl(), client).get("/h5/" + anonymous.appId()).statusCode())
        .as("counted as the client the proxy named, whatever the client claimed before it")
        .isEqualTo(429);
    assertThat(
            H5Browser.behindProxy(baseUrl(), "203.0.113.250")
                .get("/h5/" + anonymous.appId())
                .statusCode())
        .as("another client behind the same proxy")
        .isEqualTo(302);
  }

  @Test
  void aClientReachingTheDeskDirectlyCannotPickItsAddress() throws Exception {
    Optional<InetAddress> outside = nonLoopbackAddress();
    Assumptions.assumeTrue(outside.isPresent(), "this machine has no address but loopback");
    OfficialAccount anonymous = bindAccount().account();
    accountService.setH5Authorization(anonymous.id(), H5Authorization.NONE);
    String direct = "http://" + outside.get().getHostAddress() + ":" + port;
    for (int i = 0; i < 30; i++) {
      assertThat(
              H5Browser.behindProxy(direct, "198.51.100." + i)
                  .get("/h5/" + anonymous.appId())
                  .statusCode())
          .isEqualTo(302);
    }
    assertThat(
            H5Browser.behindProxy(direct, "198.51.100.99")
                .get("/h5/" + anonymous.appId())
                .statusCode())
        .as("X-Forwarded-For from an untrusted client is ignored")
        .isEqualTo(429);
  }

  @Test
  void everyPageCarriesThePoliciesAndCockpitKeepsItsOwn() throws Exception {
    for (String path :
        List.of("/", "/index.html", "/h5/wx0000000000000000", "/api/auth/csrf", "/api/workbench")) {
      HttpResponse<String> page = get(path);
      assertThat(page.headers().allValues("Content-Security-Policy"))
          .as(path)
          .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
      assertThat(page.headers().firstValue("Permissions-Policy"))
          .as(path)
          .hasValueSatisfying(
              policy ->
                  assertThat(policy)
                      .contains("camera=()")
                      .contains("microphone=()")
                      .contains("geolocation=()"));
    }

    HttpSession admin = HttpSession.login(baseUrl(), "admin", ADMIN_PASSWORD);
    HttpResponse<String> cockpit = admin.send("GET", "/camunda/app/cockpit/default/", null);
    assertThat(cockpit.statusCode()).isEqualTo(200);
    assertThat(cockpit.headers().allValues("Content-Security-Policy"))
        .as("Camunda's policy only")
        .singleElement()
        .satisfies(policy -> assertThat(policy).contains("'strict-dynamic'"));
  }

  @Test
  void tomcatsOwnErrorPageCarriesThePoliciesAndNoServerVersion() throws IOException {
    for (String request :
        List.of(
            "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n",
            "GET /a/%2e%2e/b HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")) {
      String answer = raw(request);
      assertThat(answer).as(request).startsWith("HTTP/1.1 400");
      assertThat(answer)
          .as(request)
          .contains("Content-Security-Policy: " + SecurityHeaders.CONTENT_SECURITY_POLICY)
          .contains("X-Content-Type-Options: nosniff")
          .doesNotContain("Apache Tomcat/");
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String setCookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + response.headers().map()));
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    return NetworkInterface.networkInterfaces()
        .filter(
            nic -> {
              try {
                return nic.isUp() && !nic.isLoopback();
              } catch (IOException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address)
        .findFirst();
  }
}
