package org.wechatdesk.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A fan's phone browser on the H5 chat page, over real HTTP: it keeps cookies and does not follow
 * redirects, so a test sees each hop of web authorization (desk, WeChat's page, back to the desk).
 */
public final class H5Browser {

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final Map<String, String> proxyHeaders;

  public H5Browser(String baseUrl) {
    this(baseUrl, Map.of());
  }

  private H5Browser(String baseUrl, Map<String, String> proxyHeaders) {
    this.baseUrl = baseUrl;
    this.proxyHeaders = proxyHeaders;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /**
   * A phone whose requests reach the desk through a proxy on the desk's host, which names the
   * phone's address.
   */
  public static H5Browser behindProxy(String baseUrl, String clientAddress) {
    return new H5Browser(baseUrl, Map.of("X-Forwarded-For", clientAddress));
  }

  /** GET of a full URL (WeChat's page) or a path of the desk. */
  public HttpResponse<String> get(String urlOrPath) {
    return send(HttpRequest.newBuilder(uri(urlOrPath)).GET());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON request to the desk, with the XSRF-TOKEN echo the web app sends. */
  public HttpResponse<String> send(String method, String path, String json) {
    return send(method, path, json == null ? null : "application/json", json);
  }

  /**
   * A request with any body and content type (or none), with the XSRF-TOKEN echo the web app sends.
   */
  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    if (cookie("XSRF-TOKEN") == null) {
      get("/api/auth/csrf");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
    return send(request);
  }

  /**
   * A multipart/form-data POST, as the page's image upload sends it: text fields, then one file.
   */
  public HttpResponse<String> upload(
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      String contentType,
      byte[] content) {
    if (cookie("XSRF-TOKEN") == null) {
      get("/api/auth/csrf");
    }
    String boundary = "----desk" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The texts of every message the page lists, oldest first. */
  public List<String> messageTexts() {
    try {
      return new ObjectMapper()
          .readTree(send("GET", "/api/h5/messages?after=0", null).body())
          .path("messages")
          .findValuesAsText("text");
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  /** Replaces a cookie's value, as someone tampering with it would. */
  public void setCookie(String name, String value) {
    List.copyOf(cookies.getCookieStore().getCookies()).stream()
        .filter(c -> c.getName().equals(name))
        .forEach(c -> cookies.getCookieStore().remove(null, c));
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookies.getCookieStore().add(URI.create(baseUrl), cookie);
  }

  public static String location(HttpResponse<?> response) {
    return response
        .headers()
        .firstValue("Location")
        .orElseThrow(
            () ->
                new AssertionError(
                    "no redirect: " + response.statusCode() + " " + response.body()));
  }

  private URI uri(String urlOrPath) {
    return URI.create(urlOrPath.startsWith("http") ? urlOrPath : baseUrl + urlOrPath);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    proxyHeaders.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
