package org.wechatdesk.conversation;

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
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.routing.navigation.NavigationState;
import org.wechatdesk.system.DbTime;

@Repository
public class ConversationRepository {

  private static final String COLUMNS =
      """
      id, account_id, fan_id, process_instance_id, status, queue_id, agent_id, agent_username, last_speaker,
      started_at, assigned_at, ended_at, end_reason, survey_invited_at, survey_expires_at, rating, solved, rated_at,
      channel""";

  private final JdbcClient jdbc;
  private final Clock clock;

  ConversationRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  long insert(long accountId, long fanId, FanChannel channel) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.conversation (account_id, fan_id, status, last_speaker, started_at, channel)
            values (?, ?, 'ACCESS', 'VISITOR', ?, ?)""")
        .params(accountId, fanId, DbTime.of(clock.instant()), channel.name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void setChannel(long id, FanChannel channel) {
    jdbc.sql("update desk.conversation set channel = ? where id = ?")
        .params(channel.name(), id)
        .update();
  }

  /** Chatting from the start, the visitor's turn. */
  long insertStartedByAgent(
      long accountId,
      long fanId,
      FanChannel channel,
      long queueId,
      long agentId,
      String agentUsername) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.conversation (account_id, fan_id, status, queue_id, agent_id, agent_username, last_speaker,
                                           started_at, assigned_at, channel)
            values (?, ?, 'CHATTING', ?, ?, ?, 'AGENT', ?, ?, ?)""")
        .params(
            accountId,
            fanId,
            queueId,
            agentId,
            agentUsername,
            DbTime.of(clock.instant()),
            DbTime.of(clock.instant()),
            channel.name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<Conversation> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.conversation where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  /**
   * Locks the conversation row for the rest of the transaction. Every change to a conversation (a
   * fan's message, an agent's action, a timer) takes this lock first, so work on one conversation
   * is serial across threads and nodes while different conversations proceed in parallel.
   */
  public Optional<Conversation> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.conversation where id = ? for update")
        .param(id)
        .query(this::map)
        .optional();
  }

  public Optional<Conversation> findOpenForFan(long fanId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.conversation where fan_id = ? and status <> 'ENDED' order by id desc fetch first 1 rows only")
        .param(fanId)
        .query(this::map)
        .optional();
  }

  public Optional<Conversation> findLatestForFan(long fanId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.conversation where fan_id = ? order by id desc fetch first 1 rows only")
        .param(fanId)
        .query(this::map)
        .optional();
  }

  public List<Conversation> findOpenForAgent(long agentId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.conversation where agent_id = ? and status = 'CHATTING' order by id")
        .param(agentId)
        .query(this::map)
        .list();
  }

  void setProcessInstance(long id, String processInstanceId) {
    jdbc.sql("update desk.conversation set process_instance_id = ? where id = ?")
        .params(processInstanceId, id)
        .update();
  }

  void setStatus(long id, Conversation.Status status) {
    jdbc.sql("update desk.conversation set status = ? where id = ?")
        .params(status.name(), id)
        .update();
  }

  void setMenuShown(long id, NavigationState menu) {
    jdbc.sql("update desk.conversation set menu_navigation_id = ?, menu_entry_id = ? where id = ?")
        .params(menu.navigationId(), menu.menuEntryId(), id)
        .update();
  }

  /** The navigation menu the conversation offered last (no count of wrong answers), if any. */
  public Optional<NavigationState> menuShown(long id) {
    return jdbc.sql(
            """
            select menu_navigation_id, menu_entry_id from desk.conversation
             where id = ? and menu_navigation_id is not null""")
        .param(id)
        .query(
            (rs, n) ->
                new NavigationState(
                    rs.getLong("menu_navigation_id"), rs.getObject("menu_entry_id", Long.class), 0))
        .optional();
  }

  void setQueue(long id, long queueId) {
    jdbc.sql("update desk.conversation set queue_id = ?, status = 'QUEUED' where id = ?")
        .params(queueId, id)
        .update();
  }

  void assign(long id, long agentId, String agentUsername) {
    jdbc.sql(
            """
            update desk.conversation set agent_id = ?, agent_username = ?, assigned_at = ?, status = 'CHATTING'
             where id = ?""")
        .params(agentId, agentUsername, DbTime.of(clock.instant()), id)
        .update();
  }

  void unassign(long id) {
    jdbc.sql(
            "update desk.conversation set agent_id = null, agent_username = null, status = 'QUEUED' where id = ?")
        .param(id)
        .update();
  }

  void recordPositionSent(long id, int position) {
    jdbc.sql("update desk.conversation set position_sent = ?, position_sent_at = ? where id = ?")
        .params(position, DbTime.of(clock.instant()), id)
        .update();
  }

  /** Waiting conversations of a queue with the position last told to each visitor and when. */
  public List<WaitingVisitor> waitingIn(long queueId) {
    return jdbc.sql(
            "select id, position_sent, position_sent_at from desk.conversation where queue_id = ? and status = 'QUEUED'")
        .param(queueId)
        .query(
            (rs, n) ->
                new WaitingVisitor(
                    rs.getLong("id"),
                    rs.getObject("position_sent", Integer.class),
                    DbTime.read(rs, "position_sent_at")))
        .list();
  }

  public int countWaitingIn(long queueId) {
    return jdbc.sql(
            "select count(*) from desk.conversation where queue_id = ? and status = 'QUEUED'")
        .param(queueId)
        .query(Integer.class)
        .single();
  }

  public record WaitingVisitor(long conversationId, Integer positionSent, Instant positionSentAt) {}

  void setLastSpeaker(long id, Conversation.Speaker speaker) {
    jdbc.sql("update desk.conversation set last_speaker = ? where id = ?")
        .params(speaker.name(), id)
        .update();
  }

  void end(long id, Conversation.EndReason reason) {
    jdbc.sql(
            "update desk.conversation set status = 'ENDED', ended_at = ?, end_reason = coalesce(end_reason, ?) where id = ?")
        .params(DbTime.of(clock.instant()), reason.name(), id)
        .update();
  }

  void setEndReason(long id, Conversation.EndReason reason) {
    jdbc.sql("update desk.conversation set end_reason = ? where id = ?")
        .params(reason.name(), id)
        .update();
  }

  void inviteSurvey(long id, Instant expiresAt) {
    jdbc.sql(
            "update desk.conversation set survey_invited_at = ?, survey_expires_at = ? where id = ?")
        .params(DbTime.of(clock.instant()), DbTime.of(expiresAt), id)
        .update();
  }

  void closeSurvey(long id) {
    jdbc.sql(
            "update desk.conversation set survey_expires_at = ? where id = ? and survey_expires_at > ?")
        .params(DbTime.of(clock.instant()), id, DbTime.of(clock.instant()))
        .update();
  }

  /** Re-rating overwrites: the visitor's last rating counts. */
  void rate(long id, int rating, Boolean solved) {
    jdbc.sql(
            "update desk.conversation set rating = ?, solved = coalesce(?, solved), rated_at = ? where id = ?")
        .params(rating, solved, DbTime.of(clock.instant()), id)
        .update();
  }

  private Conversation map(ResultSet rs, int row) throws SQLException {
    String endReason = rs.getString("end_reason");
    return new Conversation(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getLong("fan_id"),
        rs.getString("process_instance_id"),
        Conversation.Status.valueOf(rs.getString("status")),
        rs.getObject("queue_id", Long.class),
        rs.getObject("agent_id", Long.class),
        rs.getString("agent_username"),
        Conversation.Speaker.valueOf(rs.getString("last_speaker")),
        DbTime.read(rs, "started_at"),
        DbTime.read(rs, "assigned_at"),
        DbTime.read(rs, "ended_at"),
        endReason == null ? null : Conversation.EndReason.valueOf(endReason),
        DbTime.read(rs, "survey_invited_at"),
        DbTime.read(rs, "survey_expires_at"),
        rs.getObject("rating", Integer.class),
        rs.getObject("solved", Boolean.class),
        DbTime.read(rs, "rated_at"),
        FanChannel.valueOf(rs.getString("channel")));
  }
}
