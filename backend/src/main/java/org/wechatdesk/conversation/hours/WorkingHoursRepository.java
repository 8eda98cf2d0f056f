package org.wechatdesk.conversation.hours;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** Each account's working hours, kept as one JSON document like the flow settings. */
@Repository
public class WorkingHoursRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  WorkingHoursRepository(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** The account's hours, or the defaults (switched off: always open) when never saved. */
  public WorkingHours forAccount(long accountId) {
    return jdbc.sql("select settings from desk.working_hours where account_id = ?")
        .param(accountId)
        .query(String.class)
        .optional()
        .map(this::read)
        .orElseGet(WorkingHours::defaults);
  }

  void save(long accountId, WorkingHours hours, String username) {
    String value = write(hours);
    int updated =
        jdbc.sql(
                "update desk.working_hours set settings = ?, updated_at = ?, updated_by = ? where account_id = ?")
            .params(value, DbTime.of(clock.instant()), username, accountId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into desk.working_hours (account_id, settings, updated_at, updated_by) values (?, ?, ?, ?)")
          .params(accountId, value, DbTime.of(clock.instant()), username)
          .update();
    }
  }

  private WorkingHours read(String value) {
    try {
      return json.readValue(value, WorkingHours.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored working hours are unreadable", e);
    }
  }

  private String write(WorkingHours hours) {
    try {
      return json.writeValueAsString(hours);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
