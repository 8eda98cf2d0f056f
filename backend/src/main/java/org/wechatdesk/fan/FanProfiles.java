package org.wechatdesk.fan;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What is known of a fan as a person (nickname, avatar, region), apart from the fan's WeChat state. */
@Repository
public class FanProfiles {

  private final JdbcClient jdbc;

  FanProfiles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Profile> find(long fanId) {
    return jdbc.sql("select nickname, avatar_url, region from desk.fan_profile where fan_id = ?").param(fanId)
        .query((rs, n) -> new Profile(rs.getString("nickname"), rs.getString("avatar_url"), rs.getString("region")))
        .optional();
  }

  /** Whether the desk has asked about this fan already, whatever the answer was. */
  public boolean asked(long fanId) {
    return jdbc.sql("select count(*) from desk.fan_profile where fan_id = ?").param(fanId).query(Long.class).single() > 0;
  }

  /** Records what WeChat told about the fan; blank values are kept as unknown, and a known region stays. */
  public void recordFromWeChat(long fanId, String nickname, String avatarUrl) {
    String name = blankToNull(nickname, 64);
    String avatar = blankToNull(avatarUrl, 1024);
    int updated = jdbc.sql("update desk.fan_profile set nickname = ?, avatar_url = ? where fan_id = ?")
        .params(name, avatar, fanId).update();
    if (updated == 0) {
      jdbc.sql("insert into desk.fan_profile (fan_id, nickname, avatar_url) values (?, ?, ?)")
          .params(fanId, name, avatar).update();
    }
  }

  /** Records the region the fan's IP address points to; the nickname and avatar stay as they are. */
  public void recordRegion(long fanId, String region) {
    String kept = blankToNull(region, 64);
    int updated = jdbc.sql("update desk.fan_profile set region = ? where fan_id = ?").params(kept, fanId).update();
    if (updated == 0) {
      jdbc.sql("insert into desk.fan_profile (fan_id, region) values (?, ?)").params(fanId, kept).update();
    }
  }

  public record Profile(String nickname, String avatarUrl, String region) {}

  private static String blankToNull(String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.length() > maxLength ? value.substring(0, maxLength) : value;
  }
}
