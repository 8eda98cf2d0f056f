package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.standin.WeChatStandIn;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.HttpSession;

/**
 * The demo profile as a newcomer starts it: the seed is in place, and a simulated fan's message
 * goes through the real push endpoint, is assigned to a demo agent, and the agent's reply reaches
 * the fan's inbox through the built-in WeChat stand-in.
 */
class DemoModeTest extends DemoContext {

  @Autowired JdbcClient jdbc;
  @Autowired AccountRepository accounts;
  @Autowired FlowSettingsRepository flowSettings;
  @Autowired ObjectMapper json;
  @Autowired WeChatStandIn standIn;
  @Autowired DemoMenu demoMenu;

  @Test
  void seedsAnAccountAgentsQueuesAndShortTimeouts() {
    long accountId = accounts.findByAppId(DemoAccount.APP_ID).orElseThrow().id();
    assertThat(
            jdbc.sql("select username from desk.desk_user order by username")
                .query(String.class)
                .list())
        .containsExactly("admin", "agent1", "agent2", "agent3");
    assertThat(
            jdbc.sql("select count(*) from desk.agent_profile where status = 'ONLINE'")
                .query(Long.class)
                .single())
        .isEqualTo(3);
    assertThat(
            jdbc.sql("select name from desk.service_queue order by id").query(String.class).list())
        .containsExactly("售前 Pre-sales", "售后 After-sales");
    assertThat(
            jdbc.sql("select click_key from desk.navigation_entry order by number")
                .query(String.class)
                .list())
        .containsExactly("1", "2");
    assertThat(flowSettings.forAccount(accountId).agentRemindSeconds()).isEqualTo(10);
    assertThat(flowSettings.forAccount(accountId).visitorCloseMinutes()).isEqualTo(2);
    assertThat(
            jdbc.sql(
                    """
            select f.openid from desk.customer_profile c join desk.fan f on f.id = c.fan_id where c.vip""")
                .query(String.class)
                .list())
        .containsExactly(DemoSeed.VIP_FAN);
  }

  @Test
  void seededFansHaveTagsThatReachTheStandIn() {
    assertThat(
            jdbc.sql(
                    """
            select t.name from desk.fan_tag_member m join desk.fan_tag t on t.id = m.tag_id
              join desk.fan f on f.id = m.fan_id where f.openid = ? order by t.name""")
                .param(DemoSeed.VIP_FAN)
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder("老客户", "新品关注");
    Await.until(
        "the stand-in has the VIP fan's tags",
        () -> standIn.tagIdsOf(DemoAccount.APP_ID, DemoSeed.VIP_FAN).size() == 2);
  }

  @Test
  void theAccountStartsWithAMenuThatTheMenuEditorLoadsAndReplacesAndTheSimulatorShows()
      throws IOException {
    HttpSession fan = new HttpSession(baseUrl());
    HttpSession admin = HttpSession.login(baseUrl(), "admin", DemoAccount.PASSWORD);
    long accountId = accounts.findByAppId(DemoAccount.APP_ID).orElseThrow().id();
    try {
      JsonNode loaded =
          json.readTree(
              admin.send("GET", "/api/admin/accounts/" + accountId + "/menu", null).body());
      assertThat(loaded.path("buttons").findValuesAsText("name"))
          .contains("售前咨询", "售后服务", "更多", "转人工", "放弃排队", "网页客服");
      assertThat(loaded.path("buttons").findValuesAsText("url"))
          .anyMatch(url -> url.endsWith("/h5/" + DemoAccount.APP_ID));

      HttpResponse<String> published =
          admin.send(
              "PUT",
              "/api/admin/accounts/" + accountId + "/menu",
              "{\"buttons\":[{\"name\":\"联系客服\",\"type\":\"click\",\"key\":\"1\"}]}");
      assertThat(published.statusCode()).isEqualTo(200);
      JsonNode shown = json.readTree(fan.send("GET", "/api/demo/menu", null).body());
      assertThat(shown.path("button").findValuesAsText("name")).containsExactly("联系客服");
    } finally {
      standIn.saveMenu(DemoAccount.APP_ID, demoMenu.initial());
    }
  }

  @Test
  void aSeededFansNicknameComesFromTheStandInsUserInfo() {
    new HttpSession(baseUrl())
        .send("POST", "/api/demo/fans/" + DemoSeed.VIP_FAN + "/pushes", "{\"type\":\"subscribe\"}");
    Await.until(
        "the VIP fan's nickname is kept",
        () ->
            jdbc.sql(
                        """
            select count(*) from desk.fan_profile p join desk.fan f on f.id = p.fan_id
             where f.openid = ? and p.nickname = '李华'""")
                    .param(DemoSeed.VIP_FAN)
                    .query(Long.class)
                    .single()
                == 1);
  }

  @Test
  void infoNamesTheAccountAndTheLogins() throws IOException {
    HttpResponse<String> response = new HttpSession(baseUrl()).send("GET", "/api/demo/info", null);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode info = json.readTree(response.body());
    assertThat(info.path("demo").asBoolean()).isTrue();
    assertThat(info.path("accounts").get(0).path("pushUrl").asText())
        .endsWith("/wechat/push/" + DemoAccount.APP_ID);
    assertThat(info.path("logins").findValuesAsText("username"))
        .containsExactly("admin", "agent1", "agent2", "agent3");
    assertThat(HttpSession.login(baseUrl(), "agent2", DemoAccount.PASSWORD)).isNotNull();
  }

  @Test
  void aSimulatedFanIsServedByADemoAgentThroughTheRealPushEndpoint() throws IOException {
    String openid = "o_demo_test_" + System.nanoTime();
    HttpSession fan = new HttpSession(baseUrl());

    HttpResponse<String> pushed =
        fan.send(
            "POST",
            "/api/demo/fans/" + openid + "/pushes",
            "{\"type\":\"text\",\"text\":\"你好 /::)\"}");
    assertThat(pushed.statusCode()).isEqualTo(200);
    assertThat(json.readTree(pushed.body()).path("status").asInt()).isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                .param(openid)
                .query(Long.class)
                .single())
        .as("the push endpoint stored the message")
        .isEqualTo(1);
    Await.until("the welcome and the menu reach the fan", () -> texts(fan, openid).size() >= 2);
    assertThat(String.join("\n", texts(fan, openid))).contains("售前咨询");

    fan.send(
        "POST", "/api/demo/fans/" + openid + "/pushes", "{\"type\":\"click\",\"eventKey\":\"1\"}");
    Await.until("a demo agent is assigned", () -> agentOf(openid) != null);
    String agent = agentOf(openid);
    assertThat(agent).isIn("agent1", "agent3");

    long conversationId =
        jdbc.sql(
                """
            select c.id from desk.conversation c join desk.fan f on f.id = c.fan_id where f.openid = ?""")
            .param(openid)
            .query(Long.class)
            .single();
    HttpResponse<String> reply =
        HttpSession.login(baseUrl(), agent, DemoAccount.PASSWORD)
            .send(
                "POST",
                "/api/conversations/" + conversationId + "/messages",
                "{\"kind\":\"TEXT\",\"content\":{\"text\":\"您好，我是客服\"},\"idempotencyKey\":\"demo-reply-1\"}");
    assertThat(reply.statusCode()).isBetween(200, 299);
    Await.until(
        "the agent's reply reaches the fan's inbox", () -> texts(fan, openid).contains("您好，我是客服"));
  }

  @Test
  void aSimulatedImageIsDownloadedByTheDeskFromTheStandIn() {
    String openid = "o_demo_image_" + System.nanoTime();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    new HttpSession(baseUrl())
        .send(
            "POST",
            "/api/demo/fans/" + openid + "/pushes",
            "{\"type\":\"image\",\"imageBase64\":\""
                + java.util.Base64.getEncoder().encodeToString(png)
                + "\"}");

    Await.until(
        "the desk keeps the fan's image",
        () ->
            jdbc.sql("select count(*) from desk.media where content = ?")
                    .param(png)
                    .query(Long.class)
                    .single()
                == 1);
  }

  @Test
  void anUnknownPushTypeIsRefused() {
    HttpResponse<String> response =
        new HttpSession(baseUrl())
            .send("POST", "/api/demo/fans/o_x/pushes", "{\"type\":\"voice\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("type");
  }

  private List<String> texts(HttpSession fan, String openid) {
    try {
      JsonNode inbox =
          json.readTree(fan.send("GET", "/api/demo/fans/" + openid + "/inbox", null).body());
      return inbox.findValues("content").stream().map(JsonNode::asText).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String agentOf(String openid) {
    return jdbc.sql(
            """
            select c.agent_username from desk.conversation c join desk.fan f on f.id = c.fan_id where f.openid = ?
            order by c.id desc limit 1""")
        .param(openid)
        .query(String.class)
        .optional()
        .orElse(null);
  }
}
