package org.wechatdesk.fan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.system.DbTime;

/**
 * What is known of a fan as a person (nickname, avatar, region), apart from the fan's WeChat state,
 * and the durable to-do of asking WeChat about a fan: due when the fan first writes, taken under a
 * lease.
 */
@Repository
public class FanProfiles {

  private final JdbcClient jdbc;

  FanProfiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Profile> find(long fanId) {
    return jdbc.sql("select nickname, avatar_url, region from desk.fan_profile where fan_id = ?")
        .param(fanId)
        .query(
            (rs, n) ->
                new Profile(
                    rs.getString("nickname"), rs.getString("avatar_url"), rs.getString("region")))
        .optional();
  }

  /**
   * Marks WeChat's answer about the fan as wanted, unless the desk has it or already waits for it.
   * Returns whether it was marked now.
   */
  public boolean fetchDue(long fanId, Instant at) {
    return jdbc.sql(
                """
            update desk.fan set profile_due_at = ?, profile_attempts = 0
             where id = ? and profile_due_at is null and profile_fetched_at is null and web_visitor = false""")
            .params(DbTime.of(at), fanId)
            .update()
        == 1;
  }

  /**
   * Fans whose profile is due, earliest first, with the due time a {@link #take} compares against.
   */
  public List<DueFetch> due(Instant now, int limit) {
    return jdbc.sql(
            """
            select id, account_id, openid, profile_due_at, profile_attempts from desk.fan
             where profile_due_at <= ? order by profile_due_at fetch first ? rows only""")
        .params(DbTime.of(now), limit)
        .query(
            (rs, n) ->
                new DueFetch(
                    rs.getLong("id"),
                    rs.getLong("account_id"),
                    rs.getString("openid"),
                    DbTime.read(rs, "profile_due_at"),
                    rs.getInt("profile_attempts")))
        .list();
  }

  /**
   * Takes a due fetch for this caller until {@code leaseEnd}: true only for the one caller that saw
   * it due at exactly that time, so two nodes never ask about the same fan at once.
   */
  public boolean take(DueFetch fetch, Instant leaseEnd) {
    return jdbc.sql("update desk.fan set profile_due_at = ? where id = ? and profile_due_at = ?")
            .params(DbTime.of(leaseEnd), fetch.fanId(), DbTime.of(fetch.dueAt()))
            .update()
        == 1;
  }

  public void retryAt(long fanId, Instant at) {
    jdbc.sql(
            "update desk.fan set profile_due_at = ?, profile_attempts = profile_attempts + 1 where id = ?")
        .params(DbTime.of(at), fanId)
        .update();
  }

  /**
   * Stops asking (WeChat refused for good, or too many failures); the fan's next message asks
   * again.
   */
  public void giveUp(long fanId) {
    jdbc.sql("update desk.fan set profile_due_at = null where id = ?").param(fanId).update();
  }

  /**
   * Records WeChat's user/info answer: whether the fan follows the account, and nickname and
   * avatar. Blank values (many accounts get blanks now) do not replace what web authorization told.
   */
  @Transactional
  public void recordUserInfo(
      long fanId, String nickname, String avatarUrl, boolean subscribed, Instant at) {
    jdbc.sql(
            """
            update desk.fan set subscribed = ?, profile_fetched_at = ?, profile_due_at = null where id = ?""")
        .params(subscribed, DbTime.of(at), fanId)
        .update();
    saveNames(fanId, nickname, avatarUrl, "coalesce(?, nickname)", "coalesce(?, avatar_url)");
  }

  /** Records what web authorization told about the visitor; blank values are kept as unknown. */
  public void recordFromWeChat(long fanId, String nickname, String avatarUrl) {
    saveNames(fanId, nickname, avatarUrl, "?", "?");
  }

  private void saveNames(
      long fanId, String nickname, String avatarUrl, String newNickname, String newAvatar) {
    String name = blankToNull(nickname, 64);
    String avatar = blankToNull(avatarUrl, 1024);
    int updated =
        jdbc.sql(
                "update desk.fan_profile set nickname = "
                    + newNickname
                    + ", avatar_url = "
                    + newAvatar
                    + " where fan_id = ?")
            .params(name, avatar, fanId)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into desk.fan_profile (fan_id, nickname, avatar_url) values (?, ?, ?)")
          .params(fanId, name, avatar)
          .update();
    }
  }

  /**
   * Records the region the fan's IP address points to; the nickname and avatar stay as they are.
   */
  public void recordRegion(long fanId, String region) {
    String kept = blankToNull(region, 64);
    int updated =
        jdbc.sql("update desk.fan_profile set region = ? where fan_id = ?")
            .params(kept, fanId)
            .update();
    if (updated == 0) {
      jdbc.sql("insert into desk.fan_profile (fan_id, region) values (?, ?)")
          .params(fanId, kept)
          .update();
    }
  }

  public record Profile(String nickname, String avatarUrl, String region) {}

  public record DueFetch(long fanId, long accountId, String openid, Instant dueAt, int attempts) {}

  private static String blankToNull(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.length() > maxLength ? value.substring(0, maxLength) : value;
  }
}
