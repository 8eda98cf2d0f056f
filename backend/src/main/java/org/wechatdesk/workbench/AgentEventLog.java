package org.wechatdesk.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  AgentEventLog(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  WorkbenchEvent append(String username, WorkbenchEvent event) {
    Instant now = clock.instant();
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.agent_event (username, type, conversation_id, payload, created_at)
            values (?, ?, ?, ?, ?)""")
        .params(username, event.type().name(), event.conversationId(), write(event), DbTime.of(now))
        .update(keys, "id");
    return event.withId(keys.getKey().longValue(), now);
  }

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
