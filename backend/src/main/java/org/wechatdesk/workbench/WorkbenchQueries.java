package org.wechatdesk.workbench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.TranscriptNotices;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Read models of the workbench: the agent's list, summaries, message pages with delivery states,
 * unread counts. The monitor shows transcripts through the same lines.
 */
@ReadModel({"desk.conversation", "desk.conversation_message", "desk.outbound_message"})
@Repository
public class WorkbenchQueries {

  private static final String MESSAGE_COLUMNS =
      """
      m.id, m.conversation_id, m.direction, m.author, m.kind, m.text, m.media_id, m.outbound_id, m.created_at, m.notice,
      case o.status when 'SENDING' then 'PENDING' else o.status end as delivery_status, o.error_reason as delivery_error,
      o.error_code as delivery_error_code""";

  private final JdbcClient jdbc;
  private final FanRepository fans;
  private final FanQuota quota;
  private final FanProfiles profiles;
  private final TranscriptNotices notices;
  private final FlowSettingsRepository flowSettings;

  WorkbenchQueries(
      JdbcClient jdbc,
      FanRepository fans,
      FanQuota quota,
      FanProfiles profiles,
      TranscriptNotices notices,
      FlowSettingsRepository flowSettings) {
    this.jdbc = jdbc;
    this.fans = fans;
    this.quota = quota;
    this.profiles = profiles;
    this.notices = notices;
    this.flowSettings = flowSettings;
  }

  /**
   * The conversations in the agent's list: those they serve, and those that ended in the last day
   * and the agent has not closed yet (what followed the end, such as the rating, stays readable).
   */
  List<Long> listed(long agentId, String username, Instant endedSince) {
    return jdbc.sql(
            """
            select c.id from desk.conversation c
             where c.agent_id = ?
               and (c.status = 'CHATTING'
                    or (c.status = 'ENDED' and c.ended_at > ?
                        and not exists (select 1 from desk.conversation_closed x
                                         where x.conversation_id = c.id and x.username = ?)))
             order by c.id""")
        .params(agentId, DbTime.of(endedSince), username)
        .query(Long.class)
        .list();
  }

  /** The fan's conversations in agents' lists (as {@link #listed}), with the agent of each. */
  List<Listing> listingsOfFan(long fanId, Instant endedSince) {
    return jdbc.sql(
            """
            select c.id, c.agent_username from desk.conversation c
             where c.fan_id = ? and c.agent_username is not null
               and (c.status = 'CHATTING'
                    or (c.status = 'ENDED' and c.ended_at > ?
                        and not exists (select 1 from desk.conversation_closed x
                                         where x.conversation_id = c.id
                                           and x.username = c.agent_username)))
             order by c.id""")
        .params(fanId, DbTime.of(endedSince))
        .query((rs, n) -> new Listing(rs.getLong("id"), rs.getString("agent_username")))
        .list();
  }

  record Listing(long conversationId, String username) {}

  /**
   * Where a settled outbound message shows, in one statement (every send settles): the line of a
   * conversation, or the visitor panel's list of proactive messages (a person's, outside any
   * conversation), or neither (a typing indicator, a desk text outside a conversation).
   */
  Optional<Settled> whereSettled(long outboundId) {
    return jdbc.sql(
            """
            select o.fan_id, o.requested_by is not null and o.kind <> 'TYPING' as by_someone,
                   (select m.conversation_id from desk.conversation_message m
                     where m.outbound_id = o.id fetch first 1 rows only) as conversation_id
              from desk.outbound_message o where o.id = ?""")
        .param(outboundId)
        .query(
            (rs, n) -> {
              long conversationId = rs.getLong("conversation_id");
              return new Settled(
                  rs.wasNull() ? null : conversationId,
                  rs.getBoolean("by_someone") ? rs.getLong("fan_id") : null);
            })
        .optional();
  }

  /**
   * {@code conversationId} when the message is a conversation's line, else {@code proactiveFanId}
   * when a person sent it to the fan outside any conversation.
   */
  record Settled(Long conversationId, Long proactiveFanId) {

    Optional<Long> proactiveFan() {
      return conversationId == null ? Optional.ofNullable(proactiveFanId) : Optional.empty();
    }
  }

  /** The agent is done with an ended conversation: it leaves their list. */
  void close(long conversationId, String username, Instant at) {
    jdbc.sql(
            """
            insert into desk.conversation_closed (conversation_id, username, closed_at)
            select ?, ?, ? where not exists (select 1 from desk.conversation_closed
                                              where conversation_id = ? and username = ?)""")
        .params(conversationId, username, DbTime.of(at), conversationId, username)
        .update();
  }

  ConversationSummary summary(Conversation conversation, String username) {
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    FanQuota.Status left = quota.of(fan);
    Lines lines = lines(conversation, username);
    String name = profiles.find(fan.id()).map(FanProfiles.Profile::nickname).orElse(fan.openid());
    FlowSettings flow = flowSettings.forAccount(conversation.accountId());
    return new ConversationSummary(
        conversation.id(),
        fan.id(),
        name,
        conversation.status().name(),
        conversation.queueId(),
        conversation.startedAt(),
        conversation.assignedAt(),
        lines.last().map(MessageView::createdAt).orElse(null),
        lines.last().map(MessageView::text).orElse(null),
        lines.last().map(MessageView::kind).orElse(null),
        lines.unread(),
        visitorWaiting(conversation) ? lines.visitorWaitingSince() : null,
        left.remaining(),
        left.windowEndsAt(),
        conversation.channel(),
        fan.openid(),
        flow.agentRemindEnabled() ? flow.agentRemindSeconds() : null,
        flow.agentRemindText());
  }

  /**
   * What the summary shows of the transcript, in one statement (every flow step that writes a line
   * rebuilds a summary): the last line either side wrote, the visitor's lines the agent has not
   * read, and the visitor's first line after the last reply of any agent, so that a conversation
   * handed over from another agent counts from what is still unanswered (the desk's automatic texts
   * answer nothing). A conversation without lines has none of them.
   */
  private Lines lines(Conversation conversation, String username) {
    return jdbc.sql(
            "select "
                + MESSAGE_COLUMNS
                + """
            ,
            (select count(*) from desk.conversation_message i
              where i.conversation_id = m.conversation_id and i.direction = 'IN'
                and i.id > coalesce((select r.last_read_message_id from desk.conversation_read r
                                      where r.conversation_id = m.conversation_id and r.username = ?), 0)) as unread,
            (select min(i.created_at) from desk.conversation_message i
              where i.conversation_id = m.conversation_id and i.direction = 'IN'
                and i.id > coalesce((select max(a.id) from desk.conversation_message a
                                      where a.conversation_id = m.conversation_id and a.direction = 'OUT'
                                        and a.author <> ?), 0)) as waiting_since
             from desk.conversation_message m left join desk.outbound_message o on o.id = m.outbound_id
            where m.conversation_id = ? and m.direction in ('IN', 'OUT') order by m.id desc fetch first 1 rows only""")
        .params(username, FanTexts.AUTHOR, conversation.id())
        .query(
            (rs, n) ->
                new Lines(
                    Optional.of(mapMessage(rs, n)),
                    rs.getInt("unread"),
                    DbTime.read(rs, "waiting_since")))
        .optional()
        .orElse(new Lines(Optional.empty(), 0, null));
  }

  private record Lines(Optional<MessageView> last, int unread, Instant visitorWaitingSince) {}

  /** Whether the agent owes the visitor an answer: the chat runs and the visitor spoke last. */
  private static boolean visitorWaiting(Conversation conversation) {
    return conversation.status() == Conversation.Status.CHATTING
        && conversation.lastSpeaker() == Conversation.Speaker.VISITOR;
  }

  /**
   * A page of the lines a conversation shows: its own and the fan's earlier conversations', never a
   * later one's, which may be another agent's.
   */
  public List<MessageView> page(Conversation conversation, Long beforeId, int limit) {
    List<MessageView> newestFirst =
        jdbc.sql(
                "select "
                    + MESSAGE_COLUMNS
                    + """
             from desk.conversation_message m
             join desk.conversation c on c.id = m.conversation_id
             left join desk.outbound_message o on o.id = m.outbound_id
            where c.fan_id = ? and c.id <= ? and m.id < ? order by m.id desc fetch first ? rows only""")
            .params(
                conversation.fanId(),
                conversation.id(),
                beforeId == null ? Long.MAX_VALUE : beforeId,
                limit)
            .query(this::mapMessage)
            .list();
    List<MessageView> oldestFirst = new java.util.ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  public Optional<MessageView> message(long messageId) {
    return jdbc.sql(
            "select "
                + MESSAGE_COLUMNS
                + """
             from desk.conversation_message m left join desk.outbound_message o on o.id = m.outbound_id
            where m.id = ?""")
        .param(messageId)
        .query(this::mapMessage)
        .optional();
  }

  void markRead(long conversationId, String username, long lastMessageId) {
    int updated =
        jdbc.sql(
                """
            update desk.conversation_read set last_read_message_id = ?
             where conversation_id = ? and username = ? and last_read_message_id < ?""")
            .params(lastMessageId, conversationId, username, lastMessageId)
            .update();
    if (updated == 0
        && jdbc.sql(
                    "select count(*) from desk.conversation_read where conversation_id = ? and username = ?")
                .params(conversationId, username)
                .query(Integer.class)
                .single()
            == 0) {
      jdbc.sql(
              "insert into desk.conversation_read (conversation_id, username, last_read_message_id) values (?, ?, ?)")
          .params(conversationId, username, lastMessageId)
          .update();
    }
  }

  private MessageView mapMessage(ResultSet rs, int row) throws SQLException {
    String deliveryStatus = rs.getString("delivery_status");
    return new MessageView(
        rs.getLong("id"),
        rs.getLong("conversation_id"),
        rs.getString("direction"),
        rs.getString("author"),
        rs.getString("kind"),
        rs.getString("text"),
        rs.getObject("media_id", Long.class),
        rs.getObject("outbound_id", Long.class),
        DbTime.read(rs, "created_at"),
        deliveryStatus == null
            ? null
            : new MessageView.Delivery(
                deliveryStatus,
                rs.getString("delivery_error"),
                rs.getObject("delivery_error_code", Integer.class)),
        MessageView.Notice.of(notices.read(rs.getString("notice"))));
  }
}
