package org.wechatdesk.routing.navigation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class NavigationRepository {

  private final JdbcClient jdbc;

  NavigationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Navigation> find(long id) {
    return jdbc.sql("select id, name, greeting, max_invalid_answers, default_queue_id from desk.navigation where id = ?")
        .param(id)
        .query((rs, n) -> new Navigation(rs.getLong("id"), rs.getString("name"), rs.getString("greeting"),
            rs.getInt("max_invalid_answers"), rs.getLong("default_queue_id"), entries(id)))
        .optional();
  }

  public List<Long> ids() {
    return jdbc.sql("select id from desk.navigation order by id").query(Long.class).list();
  }

  public long insert(String name, String greeting, int maxInvalidAnswers, long defaultQueueId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into desk.navigation (name, greeting, max_invalid_answers, default_queue_id) values (?, ?, ?, ?)")
        .params(name, greeting, maxInvalidAnswers, defaultQueueId).update(keys, "id");
    return keys.getKey().longValue();
  }

  public long insertEntry(long navigationId, Long parentId, int number, String label, String clickKey, Long queueId,
                          String prompt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            insert into desk.navigation_entry (navigation_id, parent_id, number, label, click_key, queue_id, prompt)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(navigationId, parentId, number, label, clickKey, queueId, prompt).update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<AccountRouting> accountRouting(long accountId) {
    return jdbc.sql("select account_id, queue_id, navigation_id from desk.account_routing where account_id = ?")
        .param(accountId)
        .query((rs, n) -> new AccountRouting(rs.getLong("account_id"), rs.getObject("queue_id", Long.class),
            rs.getObject("navigation_id", Long.class)))
        .optional();
  }

  public void saveAccountRouting(AccountRouting routing) {
    int updated = jdbc.sql("update desk.account_routing set queue_id = ?, navigation_id = ? where account_id = ?")
        .params(routing.queueId(), routing.navigationId(), routing.accountId()).update();
    if (updated == 0) {
      jdbc.sql("insert into desk.account_routing (account_id, queue_id, navigation_id) values (?, ?, ?)")
          .params(routing.accountId(), routing.queueId(), routing.navigationId()).update();
    }
  }

  private List<Navigation.Entry> entries(long navigationId) {
    return jdbc.sql("""
            select id, parent_id, number, label, click_key, queue_id, prompt from desk.navigation_entry
             where navigation_id = ? order by number, id""")
        .param(navigationId)
        .query((rs, n) -> new Navigation.Entry(rs.getLong("id"), rs.getObject("parent_id", Long.class), rs.getInt("number"),
            rs.getString("label"), rs.getString("click_key"), rs.getObject("queue_id", Long.class), rs.getString("prompt")))
        .list();
  }
}
