package org.wechatdesk.media;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.ReadModel;

/**
 * Who may see or send a stored file: admins any; an agent the images they uploaded, and the media
 * of the conversations they can read (their own, and the same fan's earlier ones, as the workbench
 * shows them). Media ids are sequential, so knowing one proves nothing.
 */
@ReadModel({"desk.conversation", "desk.conversation_message"})
@Component
public class MediaAccess {

  private final JdbcClient jdbc;

  MediaAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void require(long mediaId, String username, boolean admin) {
    if (!admin && !uploadedBy(mediaId, username) && !inAConversationOf(mediaId, username)) {
      throw new AccessDeniedException("not a file of this agent's conversations");
    }
  }

  /**
   * A file goes out as what it was checked as: WeChat refuses an image uploaded as voice only when
   * the message is sent, long after the agent clicked.
   */
  public void requireKind(long mediaId, String messageKind) {
    String fileKind =
        jdbc.sql("select kind from desk.media where id = ?")
            .param(mediaId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException(MediaError.NOT_FOUND, "id", mediaId));
    if (!fileKind.equals(messageKind)) {
      throw InvalidInputException.of(
          "content.mediaId", MediaError.KIND_MISMATCH, "kind", messageKind, "fileKind", fileKind);
    }
  }

  private boolean uploadedBy(long mediaId, String username) {
    return jdbc.sql("select count(*) from desk.media where id = ? and uploaded_by = ?")
            .params(mediaId, username)
            .query(Long.class)
            .single()
        > 0;
  }

  private boolean inAConversationOf(long mediaId, String username) {
    return jdbc.sql(
                """
            select count(*) from desk.conversation_message m
              join desk.conversation c on c.id = m.conversation_id
             where m.media_id = ?
               and exists (select 1 from desk.conversation mine
                            where mine.fan_id = c.fan_id and mine.agent_username = ? and mine.id >= c.id)""")
            .params(mediaId, username)
            .query(Long.class)
            .single()
        > 0;
  }
}
