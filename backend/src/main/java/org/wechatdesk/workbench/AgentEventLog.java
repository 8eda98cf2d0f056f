package org.wechatdesk.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/**
 * Every event sent to an agent, numbered, so that a reconnecting workbench can ask for what it
 * missed.
 */
@Repository
class AgentEventLog {

  private static final String INSERT =
      """
      insert into desk.agent_event (username, type, conversation_id, payload, created_at)
      values (?, ?, ?, ?, ?)""";

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;
  private final ObjectMapper json;
  private final Clock clock;

  AgentEventLog(JdbcClient jdbc, JdbcTemplate batches, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.batches = batches;
    this.json = json;
    this.clock = clock;
  }

  WorkbenchEvent append(String username, WorkbenchEvent event) {
    Instant now = clock.instant();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(INSERT)
        .params(username, event.type().name(), event.conversationId(), write(event), DbTime.of(now))
        .update(keys, "id");
    return event.withId(keys.getKey().longValue(), now);
  }

  /**
   * The same for many agents at once, in one batch: one change told to every agent of a queue would
   * otherwise be a round trip per agent. The events come back numbered, in the given order.
   */
  List<WorkbenchEvent> appendAll(List<Addressed> addressed) {
    if (addressed.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    KeyHolder keys = new GeneratedKeyHolder();
    batches.batchUpdate(
        connection -> connection.prepareStatement(INSERT, new String[] {"id"}),
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement statement, int i) throws SQLException {
            WorkbenchEvent event = addressed.get(i).event();
            statement.setString(1, addressed.get(i).username());
            statement.setString(2, event.type().name());
            statement.setObject(3, event.conversationId(), Types.BIGINT);
            statement.setString(4, write(event));
            statement.setObject(5, DbTime.of(now));
          }

          @Override
          public int getBatchSize() {
            return addressed.size();
          }
        },
        keys);
    List<Map<String, Object>> ids = keys.getKeyList();
    List<WorkbenchEvent> logged = new ArrayList<>(addressed.size());
    for (int i = 0; i < addressed.size(); i++) {
      // Only the id is asked for; drivers differ in the case of its name.
      long id = ((Number) ids.get(i).values().iterator().next()).longValue();
      logged.add(addressed.get(i).event().withId(id, now));
    }
    return logged;
  }

  /** An event and the agent it is for. */
  record Addressed(String username, WorkbenchEvent event) {}

  List<WorkbenchEvent> after(String username, long afterId, int limit) {
    return jdbc.sql(
            "select id, payload, created_at from desk.agent_event where username = ? and id > ? order by id fetch first ? rows only")
        .params(username, afterId, limit)
        .query(this::map)
        .list();
  }

  Optional<WorkbenchEvent> find(long id) {
    return jdbc.sql("select id, payload, created_at from desk.agent_event where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  long latestId(String username) {
    return jdbc.sql("select coalesce(max(id), 0) from desk.agent_event where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private WorkbenchEvent map(ResultSet rs, int row) throws SQLException {
    return read(rs.getString("payload")).withId(rs.getLong("id"), DbTime.read(rs, "created_at"));
  }

  private String write(WorkbenchEvent event) {
    try {
      return json.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private WorkbenchEvent read(String payload) {
    try {
      return json.readValue(payload, WorkbenchEvent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable workbench event", e);
    }
  }
}
