package org.wechatdesk.channel.h5;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;
import org.wechatdesk.system.VisibleText;

/**
 * What the H5 page shows a visitor: what they and the desk said, across their conversations (notes
 * and lines meant for agents left out), and the images in it. Agents' names and texts are shown
 * without control and bidi override characters ({@link VisibleText}), which would make them read
 * otherwise than they are.
 */
@ReadModel({
  "desk.conversation",
  "desk.conversation_message",
  "desk.desk_user",
  "desk.inbound_message",
  "desk.media"
})
@Repository
class H5Transcript {

  static final int FIRST_PAGE = 100;
  static final int LATER_PAGE = 200;

  /** Longer than any transaction that writes a conversation's messages. */
  static final Duration LATE_COMMITS = Duration.ofSeconds(10);

  private static final String SELECT =
      """
      select m.id, m.direction, m.author, m.kind, m.text, m.media_id, m.created_at, i.dedupe_key,
             u.display_name, u.avatar_url
        from desk.conversation_message m
        join desk.conversation c on c.id = m.conversation_id
        left join desk.inbound_message i on i.id = m.inbound_id
        left join desk.desk_user u on u.username = m.author and m.direction = 'OUT'
       where c.fan_id = ? and m.direction in ('IN', 'OUT') and m.kind <> 'TEMPLATE'""";

  /** The kinds whose file the page shows, with an image, audio or video player. */
  private static final Set<String> PAGE_MEDIA = Set.of("IMAGE", "VOICE", "VIDEO");

  private final JdbcClient jdbc;
  private final Clock clock;

  H5Transcript(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The newest messages when {@code afterId} is 0, else the ones after it and those of the last few
   * seconds, oldest first either way. A message whose transaction committed after a later-numbered
   * one's would otherwise never be listed to a page that has seen the later one; the page keeps one
   * copy per id.
   */
  List<H5Message> messages(long fanId, long afterId) {
    if (afterId <= 0) {
      List<H5Message> page =
          new ArrayList<>(
              jdbc.sql(SELECT + " order by m.id desc fetch first " + FIRST_PAGE + " rows only")
                  .param(fanId)
                  .query(this::map)
                  .list());
      Collections.reverse(page);
      return page;
    }
    return jdbc.sql(
            SELECT
                + " and (m.id > ? or m.created_at > ?) order by m.id fetch first "
                + LATER_PAGE
                + " rows only")
        .params(fanId, afterId, DbTime.of(clock.instant().minus(LATE_COMMITS)))
        .query(this::map)
        .list();
  }

  /**
   * An image, voice message or video of the visitor's own conversations; any other media id is not
   * theirs to see.
   */
  Optional<PageMedia> media(long fanId, long mediaId) {
    return jdbc.sql(
            """
            select content_type, content from desk.media md
             where md.id = ? and exists (select 1 from desk.conversation_message m
                                           join desk.conversation c on c.id = m.conversation_id
                                          where m.media_id = md.id and c.fan_id = ?
                                            and m.kind in ('IMAGE', 'VOICE', 'VIDEO'))""")
        .params(mediaId, fanId)
        .query(
            (rs, n) ->
                new PageMedia(
                    MediaType.parseMediaType(rs.getString("content_type")), rs.getBytes("content")))
        .optional();
  }

  /** The agent's name and avatar, as the visitor sees them. */
  Optional<H5Session.Agent> agent(String username) {
    return jdbc.sql("select display_name, avatar_url from desk.desk_user where username = ?")
        .param(username)
        .query(
            (rs, n) ->
                new H5Session.Agent(
                    VisibleText.strip(rs.getString("display_name")), rs.getString("avatar_url")))
        .optional();
  }

  private H5Message map(ResultSet rs, int row) throws SQLException {
    boolean fromVisitor = rs.getString("direction").equals("IN");
    boolean fromAgent = !fromVisitor && rs.getString("display_name") != null;
    Long mediaId = rs.getObject("media_id", Long.class);
    String kind = rs.getString("kind");
    return new H5Message(
        rs.getLong("id"),
        fromVisitor
            ? H5Message.From.VISITOR
            : fromAgent ? H5Message.From.AGENT : H5Message.From.SYSTEM,
        fromAgent ? VisibleText.strip(rs.getString("display_name")) : null,
        fromAgent ? rs.getString("avatar_url") : null,
        kind,
        VisibleText.strip(rs.getString("text")),
        mediaId != null && PAGE_MEDIA.contains(kind) ? "/api/h5/media/" + mediaId : null,
        PageMessages.clientId(rs.getString("dedupe_key")),
        DbTime.read(rs, "created_at"));
  }

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record H5Message(
      long id,
      From from,
      @Nullable String authorName,
      @Nullable String avatarUrl,
      String kind,
      @Nullable String text,
      @Nullable String mediaUrl,
      @Nullable String clientId,
      Instant createdAt) {
    enum From {
      VISITOR,
      AGENT,
      SYSTEM
    }
  }

  record PageMedia(MediaType contentType, byte[] content) {}
}
