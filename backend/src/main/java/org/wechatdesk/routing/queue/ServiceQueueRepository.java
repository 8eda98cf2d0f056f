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
   * Whether visitors, navigations or accounts still point at the queue (then it cannot be deleted).
   */
  public boolean inUse(long id) {
    return jdbc.sql(
                """
            select (select count(*) from desk.queue_entry where queue_id = :id)
                 + (select count(*) from desk.navigation where default_queue_id = :id)
                 + (select count(*) from desk.navigation_entry where queue_id = :id)
                 + (select count(*) from desk.account_routing where queue_id = :id)""")
            .param("id", id)
            .query(Long.class)
            .single()
        > 0;
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
