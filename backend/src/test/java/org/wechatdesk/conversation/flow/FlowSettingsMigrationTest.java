package org.wechatdesk.conversation.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Flow settings an admin saved before an upgrade keep their meaning after it. Played on a PostgreSQL database
 * of its own: migrated up to V18 (the last version before the flow switches), given saved settings in the shape
 * of that time, then migrated to the end as the desk does.
 */
class FlowSettingsMigrationTest {

  private static final String SERVER = System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");

  private final ObjectMapper json = new ObjectMapper();
  private final String database = "wechatdesk_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis()
      + "_flowmigration";

  @BeforeEach
  void freshDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    }
  }

  @AfterEach
  void dropDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
    }
  }

  private static final String DEFAULT_CLOSE_TEXT = "由于您长时间未回复，本次会话已结束。";
  private static final String DEFAULT_VISITOR_LEFT_TEXT = "会话已结束，感谢您的咨询。";

  /** 开启后: the four timeouts the desk always ran stay on for accounts configured before the switches. */
  @Test
  void settingsSavedBeforeTheTimeoutSwitchesKeepEveryTimeoutOn() throws Exception {
    JsonNode migrated = migrate(savedAtV18(DEFAULT_CLOSE_TEXT, DEFAULT_VISITOR_LEFT_TEXT));

    assertThat(migrated.path("agentAppeaseEnabled").asBoolean(false)).isTrue();
    assertThat(migrated.path("agentRemindEnabled").asBoolean(false)).isTrue();
    assertThat(migrated.path("visitorPromptEnabled").asBoolean(false)).isTrue();
    assertThat(migrated.path("visitorCloseEnabled").asBoolean(false)).isTrue();
    assertThat(json.treeToValue(migrated, FlowSettings.class).problems()).isEmpty();
  }

  /**
   * 会话结束: "访客离开超时自动关闭会话和提示语" is the 会话关闭与提示 text; the two settings become one, and an
   * admin's own wording of the never-sent "visitor left" text is what visitors get from now on.
   */
  @Test
  void anAdminsVisitorLeftTextBecomesTheCloseText() throws Exception {
    JsonNode migrated = migrate(savedAtV18(DEFAULT_CLOSE_TEXT, "您已离开，会话已关闭，欢迎再来！"));

    assertThat(migrated.path("visitorCloseText").asText()).isEqualTo("您已离开，会话已关闭，欢迎再来！");
    assertThat(migrated.has("endTextVisitorLeft")).isFalse();
  }

  @Test
  void anAdminsCloseTextStaysWhateverTheVisitorLeftText() throws Exception {
    JsonNode migrated = migrate(savedAtV18("超时未回复，会话已关闭。", "您已离开，会话已关闭，欢迎再来！"));

    assertThat(migrated.path("visitorCloseText").asText()).isEqualTo("超时未回复，会话已关闭。");
    assertThat(migrated.has("endTextVisitorLeft")).isFalse();
  }

  @Test
  void untouchedTextsKeepTheCloseTextDefault() throws Exception {
    JsonNode migrated = migrate(savedAtV18(DEFAULT_CLOSE_TEXT, DEFAULT_VISITOR_LEFT_TEXT));

    assertThat(migrated.path("visitorCloseText").asText()).isEqualTo(DEFAULT_CLOSE_TEXT);
    assertThat(migrated.has("endTextVisitorLeft")).isFalse();
  }

  /** The settings as the API saved them up to V18: no timeout switches, and both visitor-timeout texts. */
  private ObjectNode savedAtV18(String visitorCloseText, String endTextVisitorLeft) {
    ObjectNode settings = json.valueToTree(FlowSettings.defaults());
    settings.remove(java.util.List.of("agentAppeaseEnabled", "agentRemindEnabled", "visitorPromptEnabled",
        "visitorCloseEnabled"));
    settings.put("visitorCloseText", visitorCloseText);
    settings.put("endTextVisitorLeft", endTextVisitorLeft);
    return settings;
  }

  private JsonNode migrate(ObjectNode saved) throws Exception {
    flyway().target("18").load().migrate();
    try (Connection db = connect()) {
      long accountId;
      try (Statement statement = db.createStatement();
           ResultSet account = statement.executeQuery("""
               insert into desk.official_account (name, original_id, app_id, app_secret_enc, token_enc,
                                                  encoding_aes_key_enc, created_at)
               values ('旧号', 'gh_0123456789ab', 'wx0123456789abcdef', 'x', 'x', 'x', now()) returning id""")) {
        account.next();
        accountId = account.getLong(1);
      }
      try (PreparedStatement insert = db.prepareStatement("""
          insert into desk.flow_settings (account_id, settings, updated_at, updated_by) values (?, ?, now(), 'admin')""")) {
        insert.setLong(1, accountId);
        insert.setString(2, json.writeValueAsString(saved));
        insert.executeUpdate();
      }
    }

    flyway().load().migrate();

    try (Connection db = connect(); Statement statement = db.createStatement();
         ResultSet row = statement.executeQuery("select settings from desk.flow_settings")) {
      assertThat(row.next()).isTrue();
      return json.readTree(row.getString(1));
    }
  }

  private FluentConfiguration flyway() {
    // Without V17, the Java migration that encrypts push Tokens: this database has no account before V18.
    return Flyway.configure().dataSource(SERVER + database, USER, PASSWORD).schemas("desk").defaultSchema("desk");
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
  }
}
