package org.wechatdesk.routing.navigation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.routing.terms.RoutingProperties;
import org.wechatdesk.system.ReadModel;

@ReadModel({"desk.official_account"})
@Repository
public class NavigationRepository {

  private final JdbcClient jdbc;
  private final long defaultFamiliarWindowMinutes;

  NavigationRepository(JdbcClient jdbc, RoutingProperties properties) {
    this.jdbc = jdbc;
    this.defaultFamiliarWindowMinutes = properties.familiarWindow().toMinutes();
  }

  public Optional<Navigation> find(long id) {
    return jdbc.sql(
            "select id, name, greeting, max_invalid_answers, default_queue_id from desk.navigation where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Navigation(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("greeting"),
                    rs.getInt("max_invalid_answers"),
                    rs.getLong("default_queue_id"),
                    entries(id)))
        .optional();
  }

  /**
   * Locks the navigation until the transaction ends, so that changing it, deleting it and routing
   * an account through it take turns: a deletion never misses an account routed at the same moment,
   * and routing waits for a deletion in progress and then finds the navigation gone. False when
   * there is none.
   */
  public boolean lock(long id) {
    return jdbc.sql("select id from desk.navigation where id = ? for update")
        .param(id)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  public List<Long> ids() {
    return jdbc.sql("select id from desk.navigation order by id").query(Long.class).list();
  }

  public long insert(String name, String greeting, int maxInvalidAnswers, long defaultQueueId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into desk.navigation (name, greeting, max_invalid_answers, default_queue_id) values (?, ?, ?, ?)")
        .params(name, greeting, maxInvalidAnswers, defaultQueueId)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void update(
      long id, String name, String greeting, int maxInvalidAnswers, long defaultQueueId) {
    jdbc.sql(
            "update desk.navigation set name = ?, greeting = ?, max_invalid_answers = ?, default_queue_id = ? where id = ?")
        .params(name, greeting, maxInvalidAnswers, defaultQueueId, id)
        .update();
  }

  /** Removes the navigation and its entries; accounts must no longer be routed through it. */
  public void delete(long id) {
    deleteEntries(id);
    jdbc.sql("delete from desk.navigation where id = ?").param(id).update();
  }

  /**
   * The whole menu tree; detaching the entries first lets one statement delete a tree of any depth.
   */
  public void deleteEntries(long navigationId) {
    jdbc.sql("update desk.navigation_entry set parent_id = null where navigation_id = ?")
        .param(navigationId)
        .update();
    jdbc.sql("delete from desk.navigation_entry where navigation_id = ?")
        .param(navigationId)
        .update();
  }

  /** Names of the accounts whose visitors are routed through the navigation. */
  public List<String> accountsRoutedThrough(long navigationId) {
    return jdbc.sql(
            """
            select a.name from desk.account_routing r join desk.official_account a on a.id = r.account_id
             where r.navigation_id = ? order by a.name, a.id""")
        .param(navigationId)
        .query(String.class)
        .list();
  }

  public long insertEntry(
      long navigationId,
      Long parentId,
      int number,
      String label,
      String clickKey,
      Long queueId,
      String prompt) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.navigation_entry (navigation_id, parent_id, number, label, click_key, queue_id, prompt)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(navigationId, parentId, number, label, clickKey, queueId, prompt)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /**
   * The account's routing, its familiar window filled in with the desk's default when it has none.
   */
  public Optional<AccountRouting> accountRouting(long accountId) {
    return jdbc.sql(
            """
            select account_id, queue_id, navigation_id, coalesce(familiar_window_minutes, ?) as familiar_window
              from desk.account_routing where account_id = ?""")
        .params(defaultFamiliarWindowMinutes, accountId)
        .query(
            (rs, n) ->
                new AccountRouting(
                    rs.getLong("account_id"),
                    rs.getObject("queue_id", Long.class),
                    rs.getObject("navigation_id", Long.class),
                    rs.getLong("familiar_window")))
        .optional();
  }

  /**
   * How long after serving one of the account's visitors an agent stays their familiar agent: the
   * account's window, else the desk's default.
   */
  public long familiarWindowMinutes(long accountId) {
    return accountRouting(accountId)
        .map(AccountRouting::familiarWindowMinutes)
        .orElse(defaultFamiliarWindowMinutes);
  }

  public void saveAccountRouting(AccountRouting routing) {
    int updated =
        jdbc.sql(
                """
                update desk.account_routing set queue_id = ?, navigation_id = ?, familiar_window_minutes = ?
                 where account_id = ?""")
            .params(
                routing.queueId(),
                routing.navigationId(),
                routing.familiarWindowMinutes(),
                routing.accountId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.account_routing (account_id, queue_id, navigation_id, familiar_window_minutes)
              values (?, ?, ?, ?)""")
          .params(
              routing.accountId(),
              routing.queueId(),
              routing.navigationId(),
              routing.familiarWindowMinutes())
          .update();
    }
  }

  private List<Navigation.Entry> entries(long navigationId) {
    return jdbc.sql(
            """
            select id, parent_id, number, label, click_key, queue_id, prompt from desk.navigation_entry
             where navigation_id = ? order by number, id""")
        .param(navigationId)
        .query(
            (rs, n) ->
                new Navigation.Entry(
                    rs.getLong("id"),
                    rs.getObject("parent_id", Long.class),
                    rs.getInt("number"),
                    rs.getString("label"),
                    rs.getString("click_key"),
                    rs.getObject("queue_id", Long.class),
                    rs.getString("prompt")))
        .list();
  }
}
