package org.wechatdesk.fan.tag;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** The tag catalogue of each account and the tags each fan has. */
@Repository
public class FanTagRepository {

  private static final String COLUMNS = "t.id, t.account_id, t.name, t.wechat_tag_id";

  private final JdbcClient jdbc;
  private final Clock clock;

  FanTagRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public List<FanTag> catalogue(long accountId) {
    return jdbc.sql(
            "select " + COLUMNS + " from desk.fan_tag t where t.account_id = ? order by t.name")
        .param(accountId)
        .query(this::map)
        .list();
  }

  public List<FanTag> ofFan(long fanId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
             from desk.fan_tag t join desk.fan_tag_member m on m.tag_id = t.id
            where m.fan_id = ? order by t.name""")
        .param(fanId)
        .query(this::map)
        .list();
  }

  /** Tag names per fan, for a page of fans. */
  public Map<Long, List<String>> namesOfFans(Collection<Long> fanIds) {
    if (fanIds.isEmpty()) {
      return Map.of();
    }
    return jdbc
        .sql(
            """
            select m.fan_id, t.name from desk.fan_tag_member m join desk.fan_tag t on t.id = m.tag_id
             where m.fan_id in (:fans) order by t.name""")
        .param("fans", fanIds)
        .query((rs, n) -> Map.entry(rs.getLong("fan_id"), rs.getString("name")))
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  Optional<FanTag> findByName(long accountId, String name) {
    return jdbc.sql(
            "select " + COLUMNS + " from desk.fan_tag t where t.account_id = ? and t.name = ?")
        .params(accountId, name)
        .query(this::map)
        .optional();
  }

  int countInCatalogue(long accountId) {
    return jdbc.sql("select count(*) from desk.fan_tag where account_id = ?")
        .param(accountId)
        .query(Integer.class)
        .single();
  }

  FanTag insert(long accountId, String name, Long wechatTagId) {
    jdbc.sql(
            "insert into desk.fan_tag (account_id, name, wechat_tag_id, created_at) values (?, ?, ?, ?)")
        .params(accountId, name, wechatTagId, DbTime.of(clock.instant()))
        .update();
    return findByName(accountId, name).orElseThrow();
  }

  void setWeChatId(long tagId, long wechatTagId) {
    jdbc.sql("update desk.fan_tag set wechat_tag_id = ? where id = ?")
        .params(wechatTagId, tagId)
        .update();
  }

  void replaceMembers(long fanId, Collection<FanTag> tags) {
    jdbc.sql("delete from desk.fan_tag_member where fan_id = ?").param(fanId).update();
    for (FanTag tag : tags) {
      jdbc.sql("insert into desk.fan_tag_member (fan_id, tag_id) values (?, ?)")
          .params(fanId, tag.id())
          .update();
    }
  }

  private FanTag map(ResultSet rs, int row) throws SQLException {
    return new FanTag(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getString("name"),
        rs.getObject("wechat_tag_id", Long.class));
  }
}
