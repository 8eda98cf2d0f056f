package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.conversation.ConversationEngine;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.WeChatPush;

/**
 * The desk is stopped and started again on the data it wrote, on the embedded H2 default and on
 * PostgreSQL: it starts, and what it held before is still there and still deduplicated.
 */
class RestartOnSameDataTest {

  private static final String APP_ID = "wx00000000000000ab";
  private static final String ORIGINAL_ID = "gh_0000000000ab";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";
  private static final String TOKEN = "restartToken";
  private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  @Test
  void restartsOnTheEmbeddedDefault(@TempDir Path dataDir) {
    restartKeepsData(List.of("--DESK_DATA_DIR=" + dataDir));
  }

  @Test
  void restartsOnPostgres(@TempDir Path dataDir) throws SQLException {
    String server =
        System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");
    String database =
        "wechatdesk_restart_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
        Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
      try {
        restartKeepsData(
            List.of(
                "--DESK_DATA_DIR=" + dataDir,
                "--DESK_DB_URL=" + server + database,
                "--DESK_DB_USER=" + user,
                "--DESK_DB_PASSWORD=" + password));
      } finally {
        statement.execute("drop database if exists " + database + " with (force)");
      }
    }
  }

  private static void restartKeepsData(List<String> database) {
    try (FakeWeChatApi wechat = new FakeWeChatApi()) {
      wechat.registerApp(APP_ID, SECRET);
      String firstPush;
      int processVersion;
      try (ConfigurableApplicationContext first = start(database, wechat)) {
        OfficialAccount account =
            first
                .getBean(AccountService.class)
                .bind(new AccountRequest("Restart", ORIGINAL_ID, APP_ID, SECRET, TOKEN, KEY));
        WeChatPush push = pushTo(first);
        firstPush = push.textXml("o_restart", "before the restart", WeChatPush.nextMsgId());
        assertThat(push.post(push.sign(firstPush)).body()).isEqualTo("success");
        FanRepository fans = first.getBean(FanRepository.class);
        Await.until(
            "the push is processed",
            () ->
                fans.find(account.id(), "o_restart")
                    .map(f -> f.windowKind() != null)
                    .orElse(false));
        processVersion = latestProcessVersion(first);
      }
      try (ConfigurableApplicationContext second = start(database, wechat)) {
        OfficialAccount account =
            second.getBean(AccountRepository.class).findByAppId(APP_ID).orElseThrow();
        assertThat(account.token()).isEqualTo(TOKEN);
        assertThat(account.encodingAesKey()).isEqualTo(KEY);
        assertThat(second.getBean(FanRepository.class).find(account.id(), "o_restart")).isPresent();
        assertThat(latestProcessVersion(second)).isEqualTo(processVersion);

        WeChatPush push = pushTo(second);
        assertThat(push.post(push.sign(firstPush)).body())
            .as("WeChat's retry of a message stored before")
            .isEqualTo("success");
        assertThat(
                push.post(
                        push.sign(
                            push.textXml("o_restart", "after the restart", WeChatPush.nextMsgId())))
                    .body())
            .isEqualTo("success");
        assertThat(
                second
                    .getBean(JdbcClient.class)
                    .sql(
                        "select count(*) from desk.inbound_message where account_id = ? and openid = 'o_restart'")
                    .param(account.id())
                    .query(Long.class)
                    .single())
            .isEqualTo(2);
      }
    }
  }

  private static ConfigurableApplicationContext start(List<String> database, FakeWeChatApi wechat) {
    List<String> args = new ArrayList<>(database);
    args.addAll(
        List.of(
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.webapp.enabled=false",
            "--server.port=0",
            "--desk.wechat.api-host=" + wechat.baseUrl(),
            "--desk.wechat.inbound.poll-interval=PT0.1S"));
    return new SpringApplicationBuilder(WeChatDeskApplication.class)
        .run(args.toArray(String[]::new));
  }

  private static WeChatPush pushTo(ConfigurableApplicationContext app) {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return new WeChatPush(
        "http://127.0.0.1:" + port + "/wechat/push/" + APP_ID, APP_ID, ORIGINAL_ID, TOKEN, KEY);
  }

  private static int latestProcessVersion(ConfigurableApplicationContext app) {
    return app.getBean(RepositoryService.class)
        .createProcessDefinitionQuery()
        .processDefinitionKey(ConversationEngine.PROCESS_KEY)
        .latestVersion()
        .singleResult()
        .getVersion();
  }
}
