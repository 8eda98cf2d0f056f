package org.wechatdesk.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * The transcript. Every line added is announced here ({@link ConversationMessageAdded}), whoever
 * adds it, so that no text the desk writes (automatic texts, withheld texts, ratings, invitations)
 * can be missing from the agent's live screen.
 */
@ReadModel({"desk.outbound_message"})
@Repository
public class ConversationMessageRepository {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final TranscriptNotices notices;
  private final ApplicationEventPublisher events;

  ConversationMessageRepository(
      JdbcClient jdbc, Clock clock, TranscriptNotices notices, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.notices = notices;
    this.events = events;
  }

  /**
   * A line the desk writes in its own words: {@code text} is the line's own text, if any (a
   * withheld automatic text, a transfer note), worded around by the notice.
   */
  public long addNotice(
      long conversationId,
      ConversationMessage.Direction direction,
      String author,
      String text,
      TranscriptNotice notice) {
    return add(conversationId, direction, author, "TEXT", text, null, null, null, notice);
  }

  /**
   * Changes the desk's remark on a line written before (a fan's media fetched after all, or given
   * up); the caller announces the change.
   */
  public void setNotice(long lineId, TranscriptNotice notice) {
    jdbc.sql("update desk.conversation_message set notice = ? where id = ?")
        .params(notice == null ? null : notices.write(notice), lineId)
        .update();
  }

  public long add(
      long conversationId,
      ConversationMessage.Direction direction,
      String author,
      String kind,
      String text,
      Long mediaId,
      Long inboundId,
      Long outboundId) {
    return add(conversationId, direction, author, kind, text, mediaId, inboundId, outboundId, null);
  }

  /** A line with the desk's remark on it from the start (a fan's media still being fetched). */
  public long add(
      long conversationId,
      ConversationMessage.Direction direction,
      String author,
      String kind,
      String text,
      Long mediaId,
      Long inboundId,
      Long outboundId,
      TranscriptNotice notice) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.conversation_message
              (conversation_id, direction, author, kind, text, media_id, inbound_id, outbound_id, created_at, notice)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            conversationId,
            direction.name(),
            author,
            kind,
            text == null ? null : truncate(text),
            mediaId,
            inboundId,
            outboundId,
            DbTime.of(clock.instant()),
            notice == null ? null : notices.write(notice))
        .update(keys, "id");
    long id = keys.getKey().longValue();
    events.publishEvent(new ConversationMessageAdded(conversationId, id, agentOf(conversationId)));
    return id;
  }

  /** The agent serving the conversation now, or the one who served it until it ended. */
  private String agentOf(long conversationId) {
    return jdbc.sql("select agent_username from desk.conversation where id = ?")
        .param(conversationId)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  /**
   * Records a message queued in the outbox, once: a repeated request or a retried step that queued
   * the same outbox message again (same idempotency key) finds its line already there. Returns the
   * new line's id, or empty when the message was recorded before.
   */
  public Optional<Long> addOutgoing(
      long conversationId, String author, String kind, String text, Long mediaId, long outboundId) {
    return addOutgoing(conversationId, author, kind, text, mediaId, outboundId, null);
  }

  /** As above, with the desk's words for a line that has no text of its own (a template). */
  public Optional<Long> addOutgoing(
      long conversationId,
      String author,
      String kind,
      String text,
      Long mediaId,
      long outboundId,
      TranscriptNotice notice) {
    boolean recorded =
        jdbc.sql("select count(*) from desk.conversation_message where outbound_id = ?")
                .param(outboundId)
                .query(Long.class)
                .single()
            > 0;
    if (recorded) {
      return Optional.empty();
    }
    return Optional.of(
        add(
            conversationId,
            ConversationMessage.Direction.OUT,
            author,
            kind,
            text,
            mediaId,
            null,
            outboundId,
            notice));
  }

  /** Lines the visitor and the agents wrote (no automatic texts, notices or internal notes). */
  int countWritten(long conversationId) {
    return jdbc.sql(
            """
            select count(*) from desk.conversation_message
             where conversation_id = ? and (direction = 'IN' or (direction = 'OUT' and author <> ?))""")
        .params(conversationId, FanTexts.AUTHOR)
        .query(Integer.class)
        .single();
  }

  /** The conversation whose message went out under this outbox idempotency key, if any. */
  Optional<Long> conversationOfOutboundKey(String idempotencyKey) {
    return jdbc.sql(
            """
            select m.conversation_id from desk.conversation_message m
              join desk.outbound_message o on o.id = m.outbound_id
             where o.idempotency_key = ?""")
        .param(idempotencyKey)
        .query(Long.class)
        .optional();
  }

  public List<ConversationMessage> forConversation(long conversationId) {
    return jdbc.sql(
            """
            select id, conversation_id, direction, author, kind, text, media_id, outbound_id, created_at, notice
              from desk.conversation_message where conversation_id = ? order by id""")
        .param(conversationId)
        .query(
            (rs, n) ->
                new ConversationMessage(
                    rs.getLong("id"),
                    rs.getLong("conversation_id"),
                    ConversationMessage.Direction.valueOf(rs.getString("direction")),
                    rs.getString("author"),
                    rs.getString("kind"),
                    rs.getString("text"),
                    rs.getObject("media_id", Long.class),
                    rs.getObject("outbound_id", Long.class),
                    DbTime.read(rs, "created_at"),
                    notices.read(rs.getString("notice"))))
        .list();
  }

  private static String truncate(String text) {
    return text.length() <= 4096 ? text : text.substring(0, 4096);
  }
}
