package org.wechatdesk.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.HttpSession;

/**
 * What an admin does before the run, over the REST API as the admin console does it: binds an
 * account known to the fake WeChat, one queue as the account's routing, flow timeouts short enough
 * to fall due during the run, and agents with reception limits.
 */
final class DeskSetup {

  static final String ADMIN_PASSWORD = "chaos-admin-password";
  static final String AGENT_PASSWORD = "chaos-agent-password";
  static final String APP_ID = "wx00000000c4a05000";
  static final String ORIGINAL_ID = "gh_0000c4a05000";

  /**
   * Falls due during a short run, so that the killed node's timers are seen to fire on the
   * survivor.
   */
  static final int AGENT_REMIND_SECONDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP_SECRET = "c4a05c4a05c4a05c4a05c4a05c4a05c4";

  private DeskSetup() {}

  record Agent(long id, String username, int limit) {}

  record Desk(long accountId, String token, String encodingAesKey, List<Agent> agents) {}

  static Desk prepare(String baseUrl, FakeWeChatApi wechat, int agentCount) {
    HttpSession admin = HttpSession.login(baseUrl, "admin", ADMIN_PASSWORD);
    wechat.registerApp(APP_ID, APP_SECRET);
    JsonNode secrets = call(admin, "POST", "/api/admin/accounts/generated-secrets", null);
    JsonNode account =
        call(
            admin,
            "POST",
            "/api/admin/accounts",
            Map.of(
                "name",
                "Chaos",
                "originalId",
                ORIGINAL_ID,
                "appId",
                APP_ID,
                "appSecret",
                APP_SECRET,
                "token",
                secrets.path("token").asText(),
                "encodingAesKey",
                secrets.path("encodingAesKey").asText()));
    long accountId = account.path("id").asLong();
    long queueId =
        call(
                admin,
                "POST",
                "/api/admin/queues",
                Map.of("name", "chaos", "strategy", "LEAST_LOADED"))
            .path("id")
            .asLong();
    call(admin, "PUT", "/api/admin/accounts/" + accountId + "/routing", Map.of("queueId", queueId));
    ObjectNode flow =
        (ObjectNode)
            call(admin, "GET", "/api/admin/accounts/" + accountId + "/flow-settings", null);
    flow.put("agentRemindSeconds", AGENT_REMIND_SECONDS)
        .put("agentAppeaseMinutes", 1)
        .put("visitorPromptMinutes", 1)
        .put("visitorCloseMinutes", 2)
        .put("surveyExpiryMinutes", 5);
    call(admin, "PUT", "/api/admin/accounts/" + accountId + "/flow-settings", flow);
    List<Agent> agents = new ArrayList<>();
    for (int a = 0; a < agentCount; a++) {
      String username = "chaos-agent-" + a;
      int limit = 2 + a % 3;
      long id =
          call(
                  admin,
                  "POST",
                  "/api/admin/users",
                  Map.of(
                      "username",
                      username,
                      "password",
                      AGENT_PASSWORD,
                      "displayName",
                      "坐席 " + a,
                      "role",
                      "AGENT"))
              .path("id")
              .asLong();
      call(
          admin,
          "PUT",
          "/api/admin/agents/" + id + "/profile",
          Map.of(
              "status",
              "OFFLINE",
              "maxConcurrent",
              limit,
              "queueIds",
              List.of(queueId),
              "skills",
              Map.of()));
      agents.add(new Agent(id, username, limit));
    }
    return new Desk(
        accountId, secrets.path("token").asText(), secrets.path("encodingAesKey").asText(), agents);
  }

  private static JsonNode call(HttpSession session, String method, String path, Object body) {
    try {
      HttpResponse<String> answer =
          session.send(method, path, body == null ? null : JSON.writeValueAsString(body));
      if (answer.statusCode() / 100 != 2) {
        throw new AssertionError(
            method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body().isEmpty() ? JSON.nullNode() : JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
