package org.wechatdesk.monitor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Every conversation not yet ended, across all accounts, with who serves it and how long the
 * visitor has waited. The waiting time follows the workbench's: in the queue since entering it;
 * while chatting, since the visitor's first message after the last reply of an agent (the desk's
 * automatic texts answer nothing).
 */
@ReadModel({
  "desk.conversation",
  "desk.conversation_message",
  "desk.official_account",
  "desk.fan",
  "desk.fan_profile",
  "desk.service_queue",
  "desk.queue_entry",
  "desk.desk_user"
})
@Repository
class LiveConversations {

  private static final String SELECT =
      """
      select c.id, c.account_id, a.name as account_name, c.fan_id,
             coalesce(p.nickname, f.openid) as fan_name, c.status, c.queue_id, q.name as queue_name,
             c.agent_username, u.display_name as agent_display_name, c.channel, c.started_at,
             c.assigned_at,
             case
               when c.status = 'QUEUED' then
                 (select e.entered_at from desk.queue_entry e where e.conversation_id = c.id)
               when c.status = 'CHATTING' and c.last_speaker = 'VISITOR' then
                 (select min(m.created_at) from desk.conversation_message m
                   where m.conversation_id = c.id and m.direction = 'IN'
                     and m.id > coalesce((select max(r.id) from desk.conversation_message r
                                           where r.conversation_id = c.id and r.direction = 'OUT'
                                             and r.author <> :desk), 0))
             end as waiting_since
        from desk.conversation c
        join desk.official_account a on a.id = c.account_id
        join desk.fan f on f.id = c.fan_id
        left join desk.fan_profile p on p.fan_id = c.fan_id
        left join desk.service_queue q on q.id = c.queue_id
        left join desk.desk_user u on u.id = c.agent_id
      """;

  /** The statuses before the end; listed, rather than "not ENDED", so the status index serves. */
  private static final String LIVE =
      "c.status in ('ACCESS', 'ROBOT', 'NAVIGATING', 'QUEUED', 'CHATTING')";

  private final JdbcClient jdbc;

  LiveConversations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The longest-running first. */
  List<LiveConversation> all() {
    return jdbc.sql(SELECT + " where " + LIVE + " order by c.started_at, c.id")
        .param("desk", FanTexts.AUTHOR)
        .query(LiveConversations::map)
        .list();
  }

  /** The conversation while it is live; empty once it ended (or if there is none). */
  Optional<LiveConversation> find(long id) {
    return jdbc.sql(SELECT + " where c.id = :id and " + LIVE)
        .param("desk", FanTexts.AUTHOR)
        .param("id", id)
        .query(LiveConversations::map)
        .optional();
  }

  private static LiveConversation map(ResultSet rs, int row) throws SQLException {
    return new LiveConversation(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("account_name"),
        rs.getLong("fan_id"),
        rs.getString("fan_name"),
        rs.getString("status"),
        rs.getObject("queue_id", Long.class),
        rs.getString("queue_name"),
        rs.getString("agent_username"),
        rs.getString("agent_display_name"),
        FanChannel.valueOf(rs.getString("channel")),
        DbTime.read(rs, "started_at"),
        DbTime.read(rs, "assigned_at"),
        DbTime.read(rs, "waiting_since"));
  }
}
