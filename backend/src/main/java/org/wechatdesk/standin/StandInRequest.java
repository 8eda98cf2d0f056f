package org.wechatdesk.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One HTTP request to WeChat as the stand-in reads it: the path below WeChat's host (such as {@code
 * /cgi-bin/token}), the decoded query, and the body. An HTTP server that has already taken the
 * multipart body apart hands over the uploaded file instead of the raw body.
 */
public record StandInRequest(
    String method,
    String path,
    Map<String, String> query,
    String contentType,
    byte[] body,
    Upload upload) {

  public StandInRequest {
    query = Map.copyOf(query);
    body = body == null ? new byte[0] : body;
  }

  public static StandInRequest get(String path, Map<String, String> query) {
    return new StandInRequest("GET", path, query, null, null, null);
  }

  public static StandInRequest post(
      String path, Map<String, String> query, String contentType, byte[] body) {
    return new StandInRequest("POST", path, query, contentType, body, null);
  }

  public static StandInRequest postJson(String path, Map<String, String> query, String json) {
    return post(path, query, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** A media/upload whose multipart body the server has already parsed. */
  public static StandInRequest upload(String path, Map<String, String> query, Upload upload) {
    return new StandInRequest("POST", path, query, null, null, upload);
  }

  /** The raw query string of a URL, decoded; a repeated name keeps its last value. */
  public static Map<String, String> parseQuery(String raw) {
    Map<String, String> values = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        values.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  String param(String name) {
    return query.getOrDefault(name, "");
  }

  /** One file of a multipart form: WeChat reads the form field {@code media}. */
  public record Upload(String fieldName, String fileName, String contentType, byte[] content) {}
}
