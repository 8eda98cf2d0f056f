package org.wechatdesk.media;

import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** Media files kept by the desk itself: WeChat's media_ids expire after three days. */
@Repository
public class MediaRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  MediaRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long save(
      Long accountId,
      String wechatMediaId,
      String kind,
      String contentType,
      String fileName,
      byte[] content) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.media (account_id, wechat_media_id, kind, content_type, file_name, size_bytes, content, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            accountId,
            wechatMediaId,
            kind,
            contentType,
            fileName,
            content.length,
            content,
            DbTime.of(clock.instant()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** An image, voice message or video an agent uploaded to send. */
  public long saveUpload(
      String username, String kind, String contentType, String fileName, byte[] content) {
    long id = save(null, null, kind, contentType, fileName, content);
    jdbc.sql("update desk.media set uploaded_by = ? where id = ?").params(username, id).update();
    return id;
  }

  public void delete(long id) {
    jdbc.sql("delete from desk.media where id = ?").param(id).update();
  }

  public Optional<StoredMedia> find(long id) {
    return jdbc.sql(
            "select id, account_id, kind, content_type, file_name, content from desk.media where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredMedia(
                    rs.getLong("id"),
                    rs.getObject("account_id", Long.class),
                    rs.getString("kind"),
                    rs.getString("content_type"),
                    rs.getString("file_name"),
                    rs.getBytes("content")))
        .optional();
  }

  public record StoredMedia(
      long id, Long accountId, String kind, String contentType, String fileName, byte[] content) {}
}
