package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.outbox.Outbox;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.WeChatPush;
import org.wechatdesk.user.DeskUserRepository;

/**
 * The README's run command uses the embedded H2 default: the same SQL must work there. Starts the
 * application as the run command does (no profile), takes a push in and sends a message out, and
 * reads the reports and the wallboard.
 */
class EmbeddedDefaultDatabaseTest {

  @Test
  void channelWorksOnTheEmbeddedDefault(@TempDir Path dataDir) throws Exception {
    try (FakeWeChatApi wechat = new FakeWeChatApi();
        ConfigurableApplicationContext app =
            new SpringApplicationBuilder(WeChatDeskApplication.class)
                .run(
                    "--DESK_DATA_DIR=" + dataDir,
                    "--camunda.bpm.generate-unique-process-engine-name=true",
                    "--camunda.bpm.webapp.enabled=false",
                    "--server.port=0",
                    "--desk.wechat.api-host=" + wechat.baseUrl(),
                    "--desk.wechat.outbox.poll-interval=PT0.1S",
                    "--desk.wechat.inbound.poll-interval=PT0.1S")) {
      assertThat(app.getEnvironment().getProperty("spring.datasource.url"))
          .startsWith("jdbc:h2:file:");
      assertThat(Files.exists(dataDir.resolve("initial-admin-password.txt"))).isTrue();

      String appId = "wx00000000000000bb";
      String secret = "0123456789abcdef0123456789abcdef";
      wechat.registerApp(appId, secret);
      String key = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
      OfficialAccount account =
          app.getBean(AccountService.class)
              .bind(
                  new AccountRequest(
                      "Embedded", "gh_00000000bbbb", appId, secret, "embeddedToken", key));
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      WeChatPush push =
          new WeChatPush(
              "http://127.0.0.1:" + port + "/wechat/push/" + appId,
              appId,
              account.originalId(),
              "embeddedToken",
              key);
      assertThat(push.post(push.sign(push.textXml("o_h2", "你好", WeChatPush.nextMsgId()))).body())
          .isEqualTo("success");

      FanRepository fans = app.getBean(FanRepository.class);
      Await.until(
          "background work is done",
          () -> fans.find(account.id(), "o_h2").map(f -> f.windowKind() != null).orElse(false));
      Fan fan = fans.find(account.id(), "o_h2").orElseThrow();
      // The supervisors' monitor reads live conversations with the same SQL on H2 (none here: the
      // account has no routing).
      HttpSession admin =
          HttpSession.login(
              "http://127.0.0.1:" + port,
              "admin",
              Files.readString(dataDir.resolve("initial-admin-password.txt")).strip());
      HttpResponse<String> live = admin.send("GET", "/api/monitor/conversations", null);
      assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
      List<Long> listed = new ArrayList<>();
      new ObjectMapper().readTree(live.body()).forEach(row -> listed.add(row.path("id").asLong()));
      assertThat(listed)
          .containsExactlyInAnyOrderElementsOf(
              app.getBean(JdbcClient.class)
                  .sql("select id from desk.conversation where status <> 'ENDED'")
                  .query(Long.class)
                  .list());
      Outbox outbox = app.getBean(Outbox.class);
      app.getBean(TransactionTemplate.class)
          .executeWithoutResult(
              s ->
                  outbox.enqueue(
                      fan,
                      FanChannel.WECHAT,
                      OutboundKind.TEXT,
                      OutboundContent.text("收到"),
                      Outbox.PRIORITY_AGENT,
                      "h2-1",
                      "admin"));
      Await.until("background work is done", () -> !wechat.calls(FakeWeChatApi.SEND).isEmpty());
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Await.until(
          "background work is done",
          () ->
              "SENT"
                  .equals(
                      jdbc.sql(
                              "select status from desk.outbound_message where idempotency_key = 'h2-1'")
                          .query(String.class)
                          .single()));
      assertThat(wechat.calls(FakeWeChatApi.SEND))
          .singleElement()
          .satisfies(call -> assertThat(call.json().path("touser").asText()).isEqualTo("o_h2"));

      // Reports and the wallboard run their SQL on the embedded default too (this account has no
      // routing, so its fan's message started no conversation).
      var report = admin.send("GET", "/api/reports?period=LAST_7_DAYS", null);
      assertThat(report.statusCode()).isEqualTo(200);
      assertThat(report.body()).contains("\"started\":0,");
      assertThat(admin.send("GET", "/api/wallboard", null).statusCode()).isEqualTo(200);

      // Routed, the fan's message opens a conversation its agent's workbench lists; the summary
      // reads the transcript in one statement, on H2 too.
      long queue =
          app.getBean(ServiceQueueRepository.class).insert("售前", QueueStrategy.LEAST_LOADED, null);
      app.getBean(NavigationRepository.class)
          .saveAccountRouting(new AccountRouting(account.id(), queue, null));
      DeskUserRepository users = app.getBean(DeskUserRepository.class);
      users.insert(
          "agent-h2", app.getBean(PasswordEncoder.class).encode("pw-h2-agent"), "座席", Role.AGENT);
      long agentId = users.findByUsername("agent-h2").orElseThrow().id();
      AgentProfileRepository agents = app.getBean(AgentProfileRepository.class);
      agents.savePresence(agentId, AgentStatus.ONLINE, 2);
      agents.replaceQueues(agentId, Set.of(queue));
      push.post(push.sign(push.textXml("o_h2_routed", "在吗", WeChatPush.nextMsgId())));
      HttpSession agent = HttpSession.login("http://127.0.0.1:" + port, "agent-h2", "pw-h2-agent");
      Await.until(
          "the conversation is on the agent's workbench",
          () -> agent.send("GET", "/api/workbench", null).body().contains("o_h2_routed"));
      JsonNode summary =
          new ObjectMapper()
              .readTree(agent.send("GET", "/api/workbench", null).body())
              .path("conversations")
              .get(0);
      assertThat(summary.path("unread").asInt()).as("the fan's message").isEqualTo(1);
      assertThat(summary.path("waitingSince").isTextual())
          .as("the desk's automatic texts answer nothing")
          .isTrue();
      assertThat(summary.path("lastMessageText").isTextual()).isTrue();
    }
  }
}
