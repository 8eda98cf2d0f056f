package org.wechatdesk.conversation.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.ScratchDatabase;

/**
 * Flow settings an admin saved before an upgrade keep their meaning after it (the Java migrations
 * V19-V21, which run on PostgreSQL and on the embedded H2 alike). Played on a PostgreSQL database
 * of its own: migrated up to V18 (the last version before the flow switches), given saved settings
 * in the shape of that time, then migrated to the end as the desk does.
 */
class FlowSettingsMigrationTest {

  private final ObjectMapper json = new ObjectMapper();
  private ScratchDatabase database;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = ScratchDatabase.create("flowmigration");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    database.close();
  }

  private static final String DEFAULT_CLOSE_TEXT = "由于您长时间未回复，本次会话已结束。";
  private static final String DEFAULT_VISITOR_LEFT_TEXT = "会话已结束，感谢您的咨询。";

  /**
   * 开启后: the four timeouts the desk always ran stay on for accounts configured before the switches.
   */
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
   * 会话结束: "访客离开超时自动关闭会话和提示语" is the 会话关闭与提示 text; the two settings become one, and an admin's own
   * wording of the never-sent "visitor left" text is what visitors get from now on.
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

  /** 排队提示语 "实时更新排队位次": a saved prompt that spelled out the count now words the place. */
  @Test
  void aSavedQueuePromptWordsThePlaceAndOneInTheAdminsOwnWordsStays() throws Exception {
    ObjectNode spelledOut =
        savedAtV18(DEFAULT_CLOSE_TEXT, DEFAULT_VISITOR_LEFT_TEXT)
            .put("queuePromptText", "您已进入排队，前面还有 {position} 位访客，请稍候。");
    ObjectNode ownWords =
        savedAtV18(DEFAULT_CLOSE_TEXT, DEFAULT_VISITOR_LEFT_TEXT)
            .put("queuePromptText", "请稍候，您前面有 {position} 人。");

    List<JsonNode> migrated = migrate(List.of(spelledOut, ownWords));

    assertThat(migrated.get(0).path("queuePromptText").asText()).isEqualTo("您已进入排队，{place}，请稍候。");
    assertThat(migrated.get(1).path("queuePromptText").asText())
        .isEqualTo("请稍候，您前面有 {position} 人。");
  }

  /**
   * The settings as the API saved them up to V18: no timeout switches, and both visitor-timeout
   * texts.
   */
  private ObjectNode savedAtV18(String visitorCloseText, String endTextVisitorLeft) {
    ObjectNode settings = json.valueToTree(FlowSettings.defaults());
    settings.remove(
        List.of(
            "agentAppeaseEnabled",
            "agentRemindEnabled",
            "visitorPromptEnabled",
            "visitorCloseEnabled"));
    settings.put("visitorCloseText", visitorCloseText);
    settings.put("endTextVisitorLeft", endTextVisitorLeft);
    return settings;
  }

  private JsonNode migrate(ObjectNode saved) throws Exception {
    return migrate(List.of(saved)).get(0);
  }

  /**
   * Each settings saved for an account of its own at V18; returns them migrated to the end, in
   * order.
   */
  private List<JsonNode> migrate(List<ObjectNode> saved) throws Exception {
    database.flyway().target("18").load().migrate();
    try (Connection db = database.connect();
        PreparedStatement account =
            db.prepareStatement(
                """
             insert into desk.official_account (name, original_id, app_id, app_secret_enc, token_enc,
                                                encoding_aes_key_enc, created_at)
             values ('旧号', ?, ?, 'x', 'x', 'x', now()) returning id""");
        PreparedStatement settings =
            db.prepareStatement(
                """
             insert into desk.flow_settings (account_id, settings, updated_at, updated_by) values (?, ?, now(), 'admin')""")) {
      for (int i = 0; i < saved.size(); i++) {
        account.setString(1, "gh_01234567890" + i);
        account.setString(2, "wx0123456789abcde" + i);
        try (ResultSet id = account.executeQuery()) {
          id.next();
          settings.setLong(1, id.getLong(1));
        }
        settings.setString(2, json.writeValueAsString(saved.get(i)));
        settings.executeUpdate();
      }
    }

    database
        .flyway()
        .javaMigrations(
            new V19__FlowTimeoutSwitches(),
            new V20__OneVisitorTimeoutText(),
            new V21__QueuePlaceInWords())
        .load()
        .migrate();

    List<JsonNode> migrated = new ArrayList<>();
    try (Connection db = database.connect();
        Statement statement = db.createStatement();
        ResultSet row =
            statement.executeQuery("select settings from desk.flow_settings order by account_id")) {
      while (row.next()) {
        migrated.add(json.readTree(row.getString(1)));
      }
    }
    return migrated;
  }
}
