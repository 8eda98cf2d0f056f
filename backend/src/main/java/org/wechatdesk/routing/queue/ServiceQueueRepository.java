package org.wechatdesk.routing.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.system.ReadModel;

@ReadModel({"desk.official_account"})
@Repository
public class ServiceQueueRepository {

  private final JdbcClient jdbc;

  ServiceQueueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<ServiceQueue> find(long id) {
    return jdbc.sql(
            "select id, name, strategy, required_skill from desk.service_queue where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  public List<ServiceQueue> findAll() {
    return jdbc.sql("select id, name, strategy, required_skill from desk.service_queue order by id")
        .query(this::map)
        .list();
  }

  public long insert(String name, QueueStrategy strategy, String requiredSkill) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into desk.service_queue (name, strategy, required_skill) values (?, ?, ?)")
        .params(name, strategy.name(), requiredSkill)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void update(long id, String name, QueueStrategy strategy, String requiredSkill) {
    jdbc.sql(
            "update desk.service_queue set name = ?, strategy = ?, required_skill = ? where id = ?")
        .params(name, strategy.name(), requiredSkill, id)
        .update();
  }

  /**
   * What still points at the queue (then it cannot be deleted): visitors who queued in it (their
   * entries are the history of who served them), navigations whose default or entries lead to it,
   * accounts whose routing names it.
   */
  public QueueUsers users(long id) {
    int visitors =
        jdbc.sql("select count(*) from desk.queue_entry where queue_id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    List<String> navigations =
        jdbc.sql(
                """
            select n.name from desk.navigation n
             where n.default_queue_id = :id
                or exists (select 1 from desk.navigation_entry e
                            where e.navigation_id = n.id and e.queue_id = :id)
             order by n.name""")
            .param("id", id)
            .query(String.class)
            .list();
    List<String> accounts =
        jdbc.sql(
                """
            select a.name from desk.account_routing r
              join desk.official_account a on a.id = r.account_id
             where r.queue_id = ? order by a.name, a.id""")
            .param(id)
            .query(String.class)
            .list();
    return new QueueUsers(visitors, navigations, accounts);
  }

  /** Who uses a queue; {@link #isEmpty()} when nothing does. */
  public record QueueUsers(int visitors, List<String> navigations, List<String> accounts) {
    public boolean isEmpty() {
      return visitors == 0 && navigations.isEmpty() && accounts.isEmpty();
    }
  }

  public void delete(long id) {
    jdbc.sql("delete from desk.agent_queue where queue_id = ?").param(id).update();
    jdbc.sql("delete from desk.service_queue where id = ?").param(id).update();
  }

  /**
   * Whether an online member of the queue has a free slot: draining the queue stops when none has.
   */
  public boolean hasFreeMember(long queueId) {
    return jdbc.sql(
                """
            select count(*) from desk.agent_queue m join desk.agent_profile p on p.user_id = m.agent_id
             where m.queue_id = ? and p.status = 'ONLINE' and p.active_count < p.max_concurrent""")
            .param(queueId)
            .query(Long.class)
            .single()
        > 0;
  }

  private ServiceQueue map(ResultSet rs, int row) throws SQLException {
    return new ServiceQueue(
        rs.getLong("id"),
        rs.getString("name"),
        QueueStrategy.valueOf(rs.getString("strategy")),
        rs.getString("required_skill"));
  }
}
