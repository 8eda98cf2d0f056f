package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

@Repository
public class FlowSettingsRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  FlowSettingsRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** The account's settings, or the spec's defaults when the admin has not changed anything. */
  public FlowSettings forAccount(long accountId) {
    return find(accountId).orElseGet(FlowSettings::defaults);
  }

  Optional<FlowSettings> find(long accountId) {
    return jdbc.sql("select settings from desk.flow_settings where account_id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .map(this::read);
  }

  public void save(long accountId, FlowSettings settings, String username) {
    String value = write(settings);
    int updated =
        jdbc.sql(
                "update desk.flow_settings set settings = ?, updated_at = ?, updated_by = ? where account_id = ?")
            .params(value, DbTime.of(clock.instant()), username, accountId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into desk.flow_settings (account_id, settings, updated_at, updated_by) values (?, ?, ?, ?)")
          .params(accountId, value, DbTime.of(clock.instant()), username)
          .update();
    }
  }

  private FlowSettings read(String value) {
    try {
      return json.readValue(value, FlowSettings.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored flow settings are unreadable", e);
    }
  }

  private String write(FlowSettings settings) {
    try {
      return json.writeValueAsString(settings);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
