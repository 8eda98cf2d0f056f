package org.wechatdesk.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * WeChat's answer: almost always HTTP 200 with JSON, errors included (errcode and errmsg in the
 * body); a media file for media/get; a redirect or a page for web authorization.
 */
public record StandInResponse(
    int status, String contentType, Map<String, String> headers, byte[] body) {

  public static final String JSON_TYPE = "application/json; charset=utf-8";
  static final ObjectMapper JSON = new ObjectMapper();

  public StandInResponse {
    headers = Map.copyOf(headers);
  }

  static StandInResponse json(JsonNode value) {
    try {
      return new StandInResponse(200, JSON_TYPE, Map.of(), JSON.writeValueAsBytes(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer WeChat gives for an error: {@code {"errcode":…,"errmsg":…}}, status 200. */
  public static StandInResponse error(int errcode) {
    ObjectNode body = JSON.createObjectNode();
    body.put("errcode", errcode);
    body.put("errmsg", WeChatError.messageOf(errcode));
    return json(body);
  }

  static StandInResponse error(WeChatError error) {
    return error(error.code());
  }

  static StandInResponse ok() {
    return json(JSON.createObjectNode().put("errcode", 0).put("errmsg", "ok"));
  }

  static StandInResponse html(int status, String page) {
    return new StandInResponse(
        status, "text/html; charset=utf-8", Map.of(), page.getBytes(StandardCharsets.UTF_8));
  }

  static StandInResponse redirect(String location) {
    return new StandInResponse(302, null, Map.of("Location", location), new byte[0]);
  }

  public boolean isJson() {
    return contentType != null && contentType.startsWith("application/json");
  }

  /** The JSON body; an empty object for a file or a page. */
  public JsonNode json() {
    if (!isJson()) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The errcode in the body; 0 for an answer without one, as WeChat's successful answers are. */
  public int errcode() {
    return json().path("errcode").asInt(0);
  }
}
