package org.wechatdesk.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Past and running conversations as the history screen lists them, a page at a time, and one
 * conversation's transcript. The list is ordered by the start time and paged in the database, on
 * the indexes of V51; the text filter looks only into the lines of the conversations the other
 * filters leave.
 */
@ReadModel({
  "desk.conversation",
  "desk.conversation_message",
  "desk.fan",
  "desk.fan_profile",
  "desk.desk_user"
})
@Repository
class HistoryQueries {

  /** A transcript longer than this is cut, oldest lines kept; no chat comes near it. */
  static final int MAX_LINES = 5000;

  private static final String ITEM_COLUMNS =
      """
      c.id, c.fan_id, f.openid, p.nickname, c.agent_id, c.agent_username, u.display_name as agent_name,
      c.queue_id, c.status, c.channel, c.started_at, c.ended_at, c.end_reason, c.rating, c.solved, c.rated_at""";

  private static final String FROM =
      """

      from desk.conversation c
      join desk.fan f on f.id = c.fan_id
      left join desk.fan_profile p on p.fan_id = c.fan_id
      left join desk.desk_user u on u.id = c.agent_id""";

  private final JdbcClient jdbc;

  HistoryQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  HistoryPage search(HistoryFilter filter, int page, int size, boolean oldestFirst) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (filter.agentId() != null) {
      where.append(" and c.agent_id = :agent");
      params.put("agent", filter.agentId());
    }
    if (filter.from() != null) {
      where.append(" and c.started_at >= :from");
      params.put("from", DbTime.of(filter.from()));
    }
    if (filter.to() != null) {
      where.append(" and c.started_at < :to");
      params.put("to", DbTime.of(filter.to()));
    }
    if (filter.fan() != null) {
      where.append(
          " and (lower(f.openid) like :fan escape '!' or lower(p.nickname) like :fan escape '!')");
      params.put("fan", containing(filter.fan()));
    }
    if (filter.text() != null) {
      where.append(
          " and exists (select 1 from desk.conversation_message m where m.conversation_id = c.id"
              + " and lower(m.text) like :text escape '!')");
      params.put("text", containing(filter.text()));
    }
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    String direction = oldestFirst ? "asc" : "desc";
    List<HistoryItem> items =
        jdbc.sql(
                "select "
                    + ITEM_COLUMNS
                    + FROM
                    + where
                    + " order by c.started_at "
                    + direction
                    + ", c.id "
                    + direction
                    + " offset :offset rows fetch first :size rows only")
            .params(params)
            .param("offset", (long) page * size)
            .param("size", size)
            .query(this::item)
            .list();
    return new HistoryPage(items, total, page, size);
  }

  Optional<HistoryItem> find(long conversationId) {
    return jdbc.sql("select " + ITEM_COLUMNS + FROM + " where c.id = ?")
        .param(conversationId)
        .query(this::item)
        .optional();
  }

  /** The conversation's own lines, oldest first: what was said, notes, what the desk noted. */
  List<HistoryLine> lines(long conversationId) {
    return jdbc.sql(
            """
            select id, direction, author, kind, text, media_id, created_at from desk.conversation_message
             where conversation_id = ? order by id fetch first ? rows only""")
        .params(conversationId, MAX_LINES)
        .query(
            (rs, n) ->
                new HistoryLine(
                    rs.getLong("id"),
                    rs.getString("direction"),
                    rs.getString("author"),
                    rs.getString("kind"),
                    rs.getString("text"),
                    rs.getObject("media_id", Long.class),
                    DbTime.read(rs, "created_at")))
        .list();
  }

  /** "%part%" in lower case, with LIKE's wildcards in the part taken literally. */
  private static String containing(String part) {
    String escaped =
        part.strip()
            .toLowerCase(Locale.ROOT)
            .replace("!", "!!")
            .replace("%", "!%")
            .replace("_", "!_");
    return "%" + escaped + "%";
  }

  private HistoryItem item(ResultSet rs, int row) throws SQLException {
    String nickname = rs.getString("nickname");
    String channel = rs.getString("channel");
    return new HistoryItem(
        rs.getLong("id"),
        rs.getLong("fan_id"),
        nickname != null ? nickname : rs.getString("openid"),
        rs.getString("openid"),
        rs.getObject("agent_id", Long.class),
        rs.getString("agent_username"),
        rs.getString("agent_name"),
        rs.getObject("queue_id", Long.class),
        rs.getString("status"),
        channel == null ? null : FanChannel.valueOf(channel),
        DbTime.read(rs, "started_at"),
        DbTime.read(rs, "ended_at"),
        rs.getString("end_reason"),
        rs.getObject("rating", Integer.class),
        rs.getObject("solved", Boolean.class),
        DbTime.read(rs, "rated_at"));
  }

  /**
   * A conversation in the history: the fan (nickname when known, else the openid), the agent who
   * serves or served it last, and the rating that counts (the fan's last).
   */
  record HistoryItem(
      long id,
      long fanId,
      String fanName,
      String openid,
      @Nullable Long agentId,
      @Nullable String agentUsername,
      @Nullable String agentName,
      @Nullable Long queueId,
      @Schema(implementation = Conversation.Status.class) String status,
      @Nullable FanChannel channel,
      Instant startedAt,
      @Nullable Instant endedAt,
      @Nullable @Schema(implementation = Conversation.EndReason.class) String endReason,
      @Nullable Integer rating,
      @Nullable Boolean solved,
      @Nullable Instant ratedAt) {}

  record HistoryPage(List<HistoryItem> items, long total, int page, int size) {}

  /** A line of the transcript; {@code kind} RATING is a rating the fan gave. */
  record HistoryLine(
      long id,
      @Schema(implementation = ConversationMessage.Direction.class) String direction,
      String author,
      String kind,
      @Nullable String text,
      @Nullable Long mediaId,
      Instant createdAt) {}
}
