package org.wechatdesk.conversation.leftmessage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * The to-dos of left messages. Which accounts an agent serves comes from routing: those whose
 * routing (one queue, or a navigation's default and entries) leads to one of the agent's queues.
 */
@Repository
@ReadModel({
  "desk.account_routing",
  "desk.navigation",
  "desk.navigation_entry",
  "desk.agent_queue",
  "desk.agent_profile"
})
class LeftMessageRepository {

  private static final String COLUMNS =
      "l.id, l.conversation_id, l.account_id, l.fan_id, l.status, l.left_at, l.claimed_by,"
          + " l.claimed_at, l.handled_by, l.handled_at, l.answer_conversation_id";

  /** The account of {@code l} is one an agent ({@code :agentId}) serves through their queues. */
  private static final String SERVED_BY_AGENT =
      """
      exists (select 1 from desk.account_routing r
                join desk.agent_queue q on q.agent_id = :agentId
               where r.account_id = l.account_id
                 and (r.queue_id = q.queue_id
                      or exists (select 1 from desk.navigation n
                                  where n.id = r.navigation_id
                                    and (n.default_queue_id = q.queue_id
                                         or exists (select 1 from desk.navigation_entry e
                                                     where e.navigation_id = n.id
                                                       and e.queue_id = q.queue_id)))))""";

  private final JdbcClient jdbc;

  LeftMessageRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Once per conversation: a retried flow step finds the row there. */
  void insertOnce(long conversationId, long accountId, long fanId, Instant at) {
    int existing =
        jdbc.sql("select count(*) from desk.left_message where conversation_id = ?")
            .param(conversationId)
            .query(Integer.class)
            .single();
    if (existing == 0) {
      jdbc.sql(
              """
              insert into desk.left_message (conversation_id, account_id, fan_id, status, left_at)
              values (?, ?, ?, 'OPEN', ?)""")
          .params(conversationId, accountId, fanId, DbTime.of(at))
          .update();
    }
  }

  /**
   * Open and claimed to-dos first (oldest first), then the latest handled ones; an agent's only of
   * the accounts they serve, an admin's ({@code agentId} null) all.
   */
  List<LeftMessage> visibleTo(Long agentId, int handledLimit) {
    String scope = agentId == null ? "1 = 1" : SERVED_BY_AGENT;
    List<LeftMessage> pending =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from desk.left_message l where l.status <> 'HANDLED' and "
                    + scope
                    + " order by l.left_at, l.id")
            .params(agentParam(agentId))
            .query(LeftMessageRepository::map)
            .list();
    List<LeftMessage> handled =
        jdbc.sql(
                "select "
                    + COLUMNS
                    + " from desk.left_message l where l.status = 'HANDLED' and "
                    + scope
                    + " order by l.handled_at desc, l.id desc limit :limit")
            .params(agentParam(agentId))
            .param("limit", handledLimit)
            .query(LeftMessageRepository::map)
            .list();
    return Stream.concat(pending.stream(), handled.stream()).toList();
  }

  /** The to-do, locked, if {@code agentId} may see it (null: an admin, who sees all). */
  Optional<LeftMessage> lockVisible(long id, Long agentId) {
    String scope = agentId == null ? "1 = 1" : SERVED_BY_AGENT;
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.left_message l where l.id = :id and "
                + scope
                + " for update")
        .params(agentParam(agentId))
        .param("id", id)
        .query(LeftMessageRepository::map)
        .optional();
  }

  /** The account of a conversation's to-do, if the conversation is one. */
  Optional<Long> accountOfConversation(long conversationId) {
    return jdbc.sql("select account_id from desk.left_message where conversation_id = ?")
        .param(conversationId)
        .query(Long.class)
        .optional();
  }

  /** Whether an agent who serves the account is online (busy agents take no new visitors). */
  boolean anyAgentOnline(long accountId) {
    List<Long> serving = agentsServing(accountId);
    return !serving.isEmpty()
        && jdbc.sql(
                    "select count(*) from desk.agent_profile where status = 'ONLINE' and user_id in (:ids)")
                .param("ids", serving)
                .query(Long.class)
                .single()
            > 0;
  }

  /** The agents (user ids) who serve the account through one of their queues. */
  List<Long> agentsServing(long accountId) {
    return jdbc.sql(
            """
            select distinct q.agent_id from desk.agent_queue q
              join desk.account_routing r on r.account_id = :accountId
             where r.queue_id = q.queue_id
                or exists (select 1 from desk.navigation n
                            where n.id = r.navigation_id
                              and (n.default_queue_id = q.queue_id
                                   or exists (select 1 from desk.navigation_entry e
                                               where e.navigation_id = n.id
                                                 and e.queue_id = q.queue_id)))
             order by q.agent_id""")
        .param("accountId", accountId)
        .query(Long.class)
        .list();
  }

  void claim(long id, String username, Instant at) {
    jdbc.sql(
            "update desk.left_message set status = 'CLAIMED', claimed_by = ?, claimed_at = ? where id = ?")
        .params(username, DbTime.of(at), id)
        .update();
  }

  void handled(long id, String username, Instant at, Long answerConversationId) {
    jdbc.sql(
            """
            update desk.left_message set status = 'HANDLED', handled_by = ?, handled_at = ?,
                   answer_conversation_id = ? where id = ?""")
        .params(username, DbTime.of(at), answerConversationId, id)
        .update();
  }

  private static Map<String, Object> agentParam(Long agentId) {
    return agentId == null ? Map.of() : Map.of("agentId", agentId);
  }

  private static LeftMessage map(ResultSet rs, int row) throws SQLException {
    return new LeftMessage(
        rs.getLong("id"),
        rs.getLong("conversation_id"),
        rs.getLong("account_id"),
        rs.getLong("fan_id"),
        LeftMessage.Status.valueOf(rs.getString("status")),
        DbTime.read(rs, "left_at"),
        rs.getString("claimed_by"),
        DbTime.read(rs, "claimed_at"),
        rs.getString("handled_by"),
        DbTime.read(rs, "handled_at"),
        (Long) rs.getObject("answer_conversation_id", Long.class));
  }
}
