package org.wechatdesk.fan.tag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/**
 * Which fans' tags WeChat still has to follow, claimed with a lease so that nodes share the work.
 */
@Repository
class TagSyncRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  TagSyncRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  TagSyncState state(long fanId) {
    return jdbc.sql(
            "select status, attempts, last_error, synced_at from desk.fan_tag_sync where fan_id = ?")
        .param(fanId)
        .query(
            (rs, n) ->
                new TagSyncState(
                    TagSyncState.Status.valueOf(rs.getString("status")),
                    rs.getInt("attempts"),
                    rs.getString("last_error"),
                    DbTime.read(rs, "synced_at")))
        .optional()
        .orElseGet(TagSyncState::untouched);
  }

  /** Marks the fan's tags as changed: due at once, with a fresh count of attempts. */
  void changed(long fanId) {
    Instant now = clock.instant();
    int updated =
        jdbc.sql(
                """
            update desk.fan_tag_sync set status = 'PENDING', version = version + 1, attempts = 0, next_attempt_at = ?
             where fan_id = ?""")
            .params(DbTime.of(now), fanId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.fan_tag_sync (fan_id, status, version, attempts, next_attempt_at)
              values (?, 'PENDING', 1, 0, ?)""")
          .params(fanId, DbTime.of(now))
          .update();
    }
  }

  List<Long> due(int limit) {
    Instant now = clock.instant();
    return jdbc.sql(
            """
            select fan_id from desk.fan_tag_sync
             where status = 'PENDING' and next_attempt_at <= ? and (claimed_until is null or claimed_until < ?)
             order by next_attempt_at fetch first ? rows only""")
        .params(DbTime.of(now), DbTime.of(now), limit)
        .query(Long.class)
        .list();
  }

  /** Returns the version claimed, or empty when another worker took the fan first. */
  Optional<Integer> claim(long fanId, Duration lease) {
    Instant now = clock.instant();
    int claimed =
        jdbc.sql(
                """
            update desk.fan_tag_sync set claimed_until = ?
             where fan_id = ? and status = 'PENDING' and (claimed_until is null or claimed_until < ?)""")
            .params(DbTime.of(now.plus(lease)), fanId, DbTime.of(now))
            .update();
    if (claimed == 0) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql("select version from desk.fan_tag_sync where fan_id = ?")
            .param(fanId)
            .query(Integer.class)
            .single());
  }

  /** Done, unless the tags changed again meanwhile: then the row stays due for the newer set. */
  void synced(long fanId, int version) {
    jdbc.sql(
            """
            update desk.fan_tag_sync set status = 'SYNCED', attempts = 0, last_error = null, claimed_until = null, synced_at = ?
             where fan_id = ? and version = ?""")
        .params(DbTime.of(clock.instant()), fanId, version)
        .update();
    release(fanId);
  }

  void failed(long fanId, String error, Duration retryAfter, int maxAttempts) {
    Instant now = clock.instant();
    jdbc.sql(
            """
            update desk.fan_tag_sync
               set attempts = attempts + 1, last_error = ?, claimed_until = null, next_attempt_at = ?,
                   status = case when attempts + 1 >= ? then 'FAILED' else status end
             where fan_id = ?""")
        .params(truncate(error), DbTime.of(now.plus(retryAfter)), maxAttempts, fanId)
        .update();
  }

  /** Due again at once, after the retries were given up. */
  boolean retry(long fanId) {
    return jdbc.sql(
                """
            update desk.fan_tag_sync set status = 'PENDING', attempts = 0, next_attempt_at = ?
             where fan_id = ? and status = 'FAILED'""")
            .params(DbTime.of(clock.instant()), fanId)
            .update()
        > 0;
  }

  private void release(long fanId) {
    jdbc.sql("update desk.fan_tag_sync set claimed_until = null where fan_id = ?")
        .param(fanId)
        .update();
  }

  private static String truncate(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() > 500 ? text.substring(0, 500) : text;
  }
}
