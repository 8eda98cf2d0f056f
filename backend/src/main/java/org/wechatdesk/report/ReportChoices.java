package org.wechatdesk.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.ReadModel;

/**
 * What a report may be narrowed to: every account, queue and agent by name. Read here, not from the
 * admin API, because supervisors read reports without configuring the desk.
 */
@Component
@ReadModel({"desk.official_account", "desk.service_queue", "desk.agent_profile", "desk.desk_user"})
class ReportChoices {

  private final JdbcClient jdbc;

  ReportChoices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Choices all() {
    return new Choices(
        named("select id, name from desk.official_account order by name, id"),
        named("select id, name from desk.service_queue order by name, id"),
        named(
            """
            select u.id, u.display_name as name
              from desk.agent_profile p join desk.desk_user u on u.id = p.user_id
             order by u.display_name, u.id"""));
  }

  private List<Choice> named(String sql) {
    return jdbc.sql(sql)
        .query((rs, n) -> new Choice(rs.getLong("id"), rs.getString("name")))
        .list();
  }

  /** Agents by their user id, the report's {@code agentId}. */
  @Schema(name = "ReportChoices")
  record Choices(List<Choice> accounts, List<Choice> queues, List<Choice> agents) {}

  @Schema(name = "ReportChoice")
  record Choice(long id, String name) {}
}
