package org.wechatdesk.fan.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.SendRefusal;
import org.wechatdesk.fan.tag.FanTagRepository;
import org.wechatdesk.system.ReadModel;

/**
 * The fan list: fans found by nickname, openid or tag, newest contact first, a page at a time. A
 * package of its own because it reads across the fan and its tags, which depend on the fan.
 */
@ReadModel({"desk.conversation"})
@Repository
class FanDirectory {

  private final JdbcClient jdbc;
  private final FanRepository fans;
  private final FanTagRepository tags;
  private final FanQuota quota;

  FanDirectory(JdbcClient jdbc, FanRepository fans, FanTagRepository tags, FanQuota quota) {
    this.jdbc = jdbc;
    this.fans = fans;
    this.tags = tags;
    this.quota = quota;
  }

  FanPage search(Long accountId, String text, String tag, int page, int size) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (accountId != null) {
      where.append(" and f.account_id = :account");
      params.put("account", accountId);
    }
    if (text != null && !text.isBlank()) {
      where.append(" and (lower(f.openid) like :text or lower(p.nickname) like :text)");
      params.put("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (tag != null && !tag.isBlank()) {
      where.append(
          " and exists (select 1 from desk.fan_tag_member m join desk.fan_tag t on t.id = m.tag_id"
              + " where m.fan_id = f.id and t.name = :tag)");
      params.put("tag", tag.strip());
    }
    String from = " from desk.fan f left join desk.fan_profile p on p.fan_id = f.id" + where;
    long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
    List<Row> rows =
        jdbc.sql(
                "select f.id, p.nickname, p.avatar_url, "
                    + "(select c.agent_username from desk.conversation c where c.fan_id = f.id and c.status <> 'ENDED' "
                    + "order by c.id desc fetch first 1 rows only) as serving_agent"
                    + from
                    + " order by f.last_message_at desc nulls last, f.id desc offset :offset rows fetch first :size rows only")
            .params(params)
            .param("offset", page * size)
            .param("size", size)
            .query(
                (rs, n) ->
                    new Row(
                        rs.getLong("id"),
                        rs.getString("nickname"),
                        rs.getString("avatar_url"),
                        rs.getString("serving_agent")))
            .list();
    Map<Long, List<String>> tagNames = tags.namesOfFans(rows.stream().map(Row::fanId).toList());
    Map<Long, Fan> fansById = fans.findAllById(rows.stream().map(Row::fanId).toList());
    List<FanListItem> items = new ArrayList<>();
    for (Row row : rows) {
      Fan fan = fansById.get(row.fanId());
      items.add(
          new FanListItem(
              fan.id(),
              fan.accountId(),
              fan.openid(),
              row.nickname(),
              row.avatarUrl(),
              fan.subscribed(),
              fan.lastMessageAt(),
              tagNames.getOrDefault(fan.id(), List.of()),
              quota.of(fan),
              quota.refusal(fan).orElse(null),
              row.servingAgent()));
    }
    return new FanPage(items, total, page, size);
  }

  private record Row(long fanId, String nickname, String avatarUrl, String servingAgent) {}

  /**
   * {@code sendRefusal} says why a proactive message would be refused now; {@code servingAgent} is
   * who has the fan's open conversation.
   */
  record FanListItem(
      long id,
      long accountId,
      String openid,
      @Nullable String nickname,
      @Nullable String avatarUrl,
      boolean subscribed,
      @Nullable Instant lastMessageAt,
      List<String> tags,
      FanQuota.Status quota,
      @Nullable SendRefusal sendRefusal,
      @Nullable String servingAgent) {}

  record FanPage(List<FanListItem> items, long total, int page, int size) {}
}
