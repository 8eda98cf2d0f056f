package org.wechatdesk.routing.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/**
 * Queue entries. Every change of status is a conditional update on the status it expects, so that
 * of several threads or nodes acting on one visitor exactly one succeeds.
 */
@Repository
public class QueueEntryRepository {

  private static final String COLUMNS =
      """
      e.id, e.conversation_id, e.account_id, e.fan_id, e.queue_id, e.priority, e.entered_at, e.status,
      e.assigned_agent_id, e.decided_by_rule, e.assigned_at""";

  /** Waiting order: higher priority first (VIP), then first come first served. */
  private static final String WAITING_ORDER = "e.priority desc, e.entered_at, e.id";

  private final JdbcClient jdbc;

  QueueEntryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insertWaiting(
      long conversationId, long accountId, long fanId, long queueId, int priority, Instant at) {
    jdbc.sql(
            """
            insert into desk.queue_entry (conversation_id, account_id, fan_id, queue_id, priority, entered_at, status)
            values (?, ?, ?, ?, ?, ?, 'WAITING')""")
        .params(conversationId, accountId, fanId, queueId, priority, DbTime.of(at))
        .update();
  }

  /**
   * An entry that never waited: the agent started the conversation and serves it from the start.
   */
  public void insertAssigned(
      long conversationId,
      long accountId,
      long fanId,
      long queueId,
      long agentId,
      String rule,
      Instant at) {
    jdbc.sql(
            """
            insert into desk.queue_entry (conversation_id, account_id, fan_id, queue_id, priority, entered_at, status,
                                          assigned_agent_id, decided_by_rule, assigned_at)
            values (?, ?, ?, ?, 0, ?, 'ASSIGNED', ?, ?, ?)""")
        .params(
            conversationId, accountId, fanId, queueId, DbTime.of(at), agentId, rule, DbTime.of(at))
        .update();
  }

  public Optional<QueueEntry> find(long conversationId) {
    return jdbc.sql("select " + COLUMNS + " from desk.queue_entry e where e.conversation_id = ?")
        .param(conversationId)
        .query(this::map)
        .optional();
  }

  /**
   * 1-based place among the waiting visitors of the entry's queue; empty when the entry is not
   * waiting.
   */
  public Optional<Integer> position(long conversationId) {
    return jdbc.sql(
            """
            select count(w.id) + 1 from desk.queue_entry me
              left join desk.queue_entry w on w.queue_id = me.queue_id and w.status = 'WAITING'
                and (w.priority > me.priority or (w.priority = me.priority
                     and (w.entered_at < me.entered_at or (w.entered_at = me.entered_at and w.id < me.id))))
             where me.conversation_id = ? and me.status = 'WAITING'
             group by me.id""")
        .param(conversationId)
        .query(Integer.class)
        .optional();
  }

  /**
   * Every waiting visitor's {@link #position} in the queue, by conversation id, in one pass: asking
   * for each visitor's place apart counts the visitors ahead each time, which made telling a long
   * queue its places cost the square of its length (docs/benchmarks.md, "A queue no longer costs
   * each visitor joining it more").
   */
  public Map<Long, Integer> positionsIn(long queueId) {
    Map<Long, Integer> positions = new HashMap<>();
    jdbc.sql(
            """
            select conversation_id,
                   row_number() over (order by priority desc, entered_at, id) as place
              from desk.queue_entry
             where queue_id = ? and status = 'WAITING'""")
        .param(queueId)
        .query(
            (ResultSet rs) -> {
              positions.put(rs.getLong("conversation_id"), rs.getInt("place"));
            });
    return positions;
  }

  public int countWaiting(long queueId) {
    return jdbc.sql(
            "select count(*) from desk.queue_entry where queue_id = ? and status = 'WAITING'")
        .param(queueId)
        .query(Integer.class)
        .single();
  }

  /**
   * Locks the entry if it still waits in this queue; true when locked. Taking the entry's row
   * before any agent's row keeps one lock order in every routing transaction, so they cannot
   * deadlock each other.
   */
  public boolean lockWaiting(long conversationId, long queueId) {
    return jdbc.sql(
                "update desk.queue_entry set status = status where conversation_id = ? and queue_id = ? and status = 'WAITING'")
            .params(conversationId, queueId)
            .update()
        == 1;
  }

  /** Assigns a waiting visitor; false when another thread took the visitor or they left. */
  public boolean markAssigned(long conversationId, long agentId, String rule, Instant at) {
    return jdbc.sql(
                """
            update desk.queue_entry set status = 'ASSIGNED', assigned_agent_id = ?, decided_by_rule = ?, assigned_at = ?
             where conversation_id = ? and status = 'WAITING'""")
            .params(agentId, rule, DbTime.of(at), conversationId)
            .update()
        == 1;
  }

  public boolean markLeft(long conversationId, Instant at) {
    return jdbc.sql(
                "update desk.queue_entry set status = 'LEFT', ended_at = ? where conversation_id = ? and status = 'WAITING'")
            .params(DbTime.of(at), conversationId)
            .update()
        == 1;
  }

  /** Ends the agent's conversation once; false when it was not this agent's or already ended. */
  public boolean markEnded(long conversationId, long agentId, Instant at) {
    return jdbc.sql(
                """
            update desk.queue_entry set status = 'ENDED', ended_at = ?
             where conversation_id = ? and status = 'ASSIGNED' and assigned_agent_id = ?""")
            .params(DbTime.of(at), conversationId, agentId)
            .update()
        == 1;
  }

  /** Puts an assigned or waiting visitor back to waiting in another queue, at its end. */
  public boolean requeue(
      long conversationId, QueueEntry.Status expected, long queueId, int priority, Instant at) {
    return jdbc.sql(
                """
            update desk.queue_entry set status = 'WAITING', queue_id = ?, priority = ?, entered_at = ?,
                   assigned_agent_id = null, decided_by_rule = null, assigned_at = null
             where conversation_id = ? and status = ?""")
            .params(queueId, priority, DbTime.of(at), conversationId, expected.name())
            .update()
        == 1;
  }

  /** The first waiting visitors of a queue, in waiting order. */
  public List<QueueEntry> waitingIn(long queueId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.queue_entry e where e.queue_id = ? and e.status = 'WAITING' order by "
                + WAITING_ORDER
                + " fetch first ? rows only")
        .params(queueId, limit)
        .query(this::map)
        .list();
  }

  /**
   * The first waiting visitors an agent could serve: those in the agent's queues and those the
   * agent owns (whatever their queue), the owned ones first, as "Owner agent first" would have it.
   */
  public List<QueueEntry> waitingFor(long agentId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + """
             from desk.queue_entry e left join desk.customer_profile c on c.fan_id = e.fan_id
            where e.status = 'WAITING'
              and (c.owner_agent_id = :agent
                   or e.queue_id in (select queue_id from desk.agent_queue where agent_id = :agent))
            order by case when c.owner_agent_id = :agent then 0 else 1 end, """
                + WAITING_ORDER
                + " fetch first :limit rows only")
        .param("agent", agentId)
        .param("limit", limit)
        .query(this::map)
        .list();
  }

  /** Queues with visitors waiting: the periodic sweep drains them. */
  public List<Long> queuesWithWaiting() {
    return jdbc.sql("select distinct queue_id from desk.queue_entry where status = 'WAITING'")
        .query(Long.class)
        .list();
  }

  public void exclude(long conversationId, Set<Long> agentIds) {
    Set<Long> known = exclusions(conversationId);
    for (long agentId : agentIds) {
      if (!known.contains(agentId)) {
        jdbc.sql("insert into desk.queue_entry_exclusion (conversation_id, agent_id) values (?, ?)")
            .params(conversationId, agentId)
            .update();
      }
    }
  }

  public Set<Long> exclusions(long conversationId) {
    return new HashSet<>(
        jdbc.sql("select agent_id from desk.queue_entry_exclusion where conversation_id = ?")
            .param(conversationId)
            .query(Long.class)
            .list());
  }

  /** The agent who served this fan last (other than in {@code conversationId}), and until when. */
  public Optional<LastService> lastService(long fanId, long conversationId) {
    return jdbc.sql(
            """
            select assigned_agent_id, ended_at from desk.queue_entry
             where fan_id = ? and conversation_id <> ? and assigned_agent_id is not null
             order by assigned_at desc fetch first 1 rows only""")
        .params(fanId, conversationId)
        .query(
            (rs, n) ->
                new LastService(rs.getLong("assigned_agent_id"), DbTime.read(rs, "ended_at")))
        .optional();
  }

  /** {@code endedAt} is null while that conversation still runs. */
  public record LastService(long agentId, Instant endedAt) {}

  private QueueEntry map(ResultSet rs, int row) throws SQLException {
    Long agent = rs.getObject("assigned_agent_id", Long.class);
    return new QueueEntry(
        rs.getLong("id"),
        rs.getLong("conversation_id"),
        rs.getLong("account_id"),
        rs.getLong("fan_id"),
        rs.getLong("queue_id"),
        rs.getInt("priority"),
        DbTime.read(rs, "entered_at"),
        QueueEntry.Status.valueOf(rs.getString("status")),
        agent,
        rs.getString("decided_by_rule"),
        DbTime.read(rs, "assigned_at"));
  }
}
