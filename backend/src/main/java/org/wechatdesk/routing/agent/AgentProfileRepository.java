package org.wechatdesk.routing.agent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.routing.rules.Candidate;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.Databases;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Agents' presence, capacity, queues and skills. Capacity is guarded by the database: a slot is
 * taken by a conditional update, never by reading the count first.
 */
@ReadModel({"desk.desk_user"})
@Repository
public class AgentProfileRepository {

  private final JdbcClient jdbc;

  /** Whether a row another transaction holds can be passed over (PostgreSQL) or only waited for. */
  private final boolean skipHeld;

  AgentProfileRepository(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    this.skipHeld = Databases.isPostgres(dataSource);
  }

  public Optional<AgentProfile> find(long userId) {
    return jdbc.sql(
            """
            select p.user_id, u.username, u.display_name, p.status, p.max_concurrent, p.active_count, p.last_assigned_at
              from desk.agent_profile p join desk.desk_user u on u.id = p.user_id where p.user_id = ?""")
        .param(userId)
        .query(
            (rs, n) ->
                new AgentProfile(
                    rs.getLong("user_id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    AgentStatus.valueOf(rs.getString("status")),
                    rs.getInt("max_concurrent"),
                    rs.getInt("active_count"),
                    DbTime.read(rs, "last_assigned_at")))
        .optional();
  }

  public List<Long> allUserIds() {
    return jdbc.sql("select user_id from desk.agent_profile order by user_id")
        .query(Long.class)
        .list();
  }

  public boolean enabled(long userId) {
    return jdbc.sql("select count(*) from desk.desk_user where id = ? and enabled")
            .param(userId)
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean userExists(long userId) {
    return jdbc.sql("select count(*) from desk.desk_user where id = ?")
            .param(userId)
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Creates the profile, or changes presence and limit of an existing one. A presence set by hand
   * no longer follows a socket that closed before; an open one is seen again at the next heartbeat.
   */
  public void savePresence(long userId, AgentStatus status, int maxConcurrent) {
    int updated =
        jdbc.sql(
                "update desk.agent_profile set status = ?, max_concurrent = ?, socket_seen_at = null where user_id = ?")
            .params(status.name(), maxConcurrent, userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into desk.agent_profile (user_id, status, max_concurrent, active_count) values (?, ?, ?, 0)")
          .params(userId, status.name(), maxConcurrent)
          .update();
    }
  }

  /** A node saw these users' workbench sockets open at {@code at}. */
  void socketsSeen(Collection<String> usernames, Instant at) {
    if (usernames.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            update desk.agent_profile set socket_seen_at = :at
             where user_id in (select id from desk.desk_user where username in (:names))""")
        .param("at", DbTime.of(at))
        .param("names", usernames)
        .update();
  }

  /** Agents not offline whose sockets were last seen at or before {@code cutoff}. */
  List<Long> absentSince(Instant cutoff) {
    return jdbc.sql(
            "select user_id from desk.agent_profile where status <> 'OFFLINE' and socket_seen_at <= ?")
        .param(DbTime.of(cutoff))
        .query(Long.class)
        .list();
  }

  /**
   * Sets the agent offline if their sockets are still unseen since {@code cutoff}; true for the one
   * transaction, on whichever node, that did it.
   */
  boolean goOfflineIfAbsentSince(long userId, Instant cutoff) {
    return jdbc.sql(
                """
            update desk.agent_profile set status = 'OFFLINE', socket_seen_at = null
             where user_id = ? and status <> 'OFFLINE' and socket_seen_at <= ?""")
            .params(userId, DbTime.of(cutoff))
            .update()
        == 1;
  }

  /** True when the agent was not offline before. */
  boolean goOffline(long userId) {
    return jdbc.sql(
                """
            update desk.agent_profile set status = 'OFFLINE', socket_seen_at = null
             where user_id = ? and status <> 'OFFLINE'""")
            .param(userId)
            .update()
        == 1;
  }

  /**
   * Takes one of the agent's slots if the agent is online and below the limit; true when taken. The
   * row stays locked until the caller's transaction ends, so nobody overshoots the limit.
   */
  public boolean takeSlot(long agentId, long queueId, Instant at) {
    return take(
        """
        update desk.agent_profile set active_count = active_count + 1, last_assigned_at = ?
         where user_id = ? and status = 'ONLINE' and active_count < max_concurrent""",
        agentId,
        queueId,
        at);
  }

  /**
   * The same, except that an agent whose row another assignment holds at this moment is passed over
   * (false) rather than waited for: the row stays held until that visitor's whole conversation
   * start commits, and concurrent starts all proposing the same best agent queued behind each other
   * on it (docs/benchmarks.md, "A queue no longer costs each visitor joining it more"). On the
   * embedded H2, which runs one node, it waits like {@link #takeSlot}.
   */
  public boolean takeSlotUnlessHeld(long agentId, long queueId, Instant at) {
    if (!skipHeld) {
      return takeSlot(agentId, queueId, at);
    }
    return take(
        """
        update desk.agent_profile set active_count = active_count + 1, last_assigned_at = ?
         where user_id = (select free.user_id from desk.agent_profile free
                           where free.user_id = ? and free.status = 'ONLINE'
                             and free.active_count < free.max_concurrent
                             for update skip locked)""",
        agentId,
        queueId,
        at);
  }

  private boolean take(String update, long agentId, long queueId, Instant at) {
    boolean taken = jdbc.sql(update).params(DbTime.of(at), agentId).update() == 1;
    if (taken) {
      recordQueueTurn(agentId, queueId, at);
    }
    return taken;
  }

  private void recordQueueTurn(long agentId, long queueId, Instant at) {
    jdbc.sql("update desk.agent_queue set last_assigned_at = ? where agent_id = ? and queue_id = ?")
        .params(DbTime.of(at), agentId, queueId)
        .update();
  }

  public void freeSlot(long agentId) {
    jdbc.sql(
            "update desk.agent_profile set active_count = active_count - 1 where user_id = ? and active_count > 0")
        .param(agentId)
        .update();
  }

  /** Whether any enabled agent is online at all, whether or not they have a free slot. */
  public boolean anyOnline() {
    return jdbc.sql(
                """
            select count(*) from desk.agent_profile p join desk.desk_user u on u.id = p.user_id
             where p.status = 'ONLINE' and u.enabled""")
            .query(Long.class)
            .single()
        > 0;
  }

  public boolean hasFreeSlot(long agentId) {
    return jdbc.sql(
                """
            select count(*) from desk.agent_profile where user_id = ? and status = 'ONLINE' and active_count < max_concurrent""")
            .param(agentId)
            .query(Long.class)
            .single()
        > 0;
  }

  public List<Long> queueIds(long agentId) {
    return jdbc.sql("select queue_id from desk.agent_queue where agent_id = ? order by queue_id")
        .param(agentId)
        .query(Long.class)
        .list();
  }

  /** Replaces the agent's queues; kept memberships keep their round-robin turn. */
  public void replaceQueues(long agentId, Set<Long> queueIds) {
    List<Long> current = queueIds(agentId);
    for (long queueId : current) {
      if (!queueIds.contains(queueId)) {
        jdbc.sql("delete from desk.agent_queue where agent_id = ? and queue_id = ?")
            .params(agentId, queueId)
            .update();
      }
    }
    for (long queueId : queueIds) {
      if (!current.contains(queueId)) {
        jdbc.sql("insert into desk.agent_queue (agent_id, queue_id) values (?, ?)")
            .params(agentId, queueId)
            .update();
      }
    }
  }

  public Map<String, Integer> skills(long agentId) {
    Map<String, Integer> skills = new LinkedHashMap<>();
    jdbc.sql("select skill, level from desk.agent_skill where agent_id = ? order by skill")
        .param(agentId)
        .query(
            rs -> {
              skills.put(rs.getString("skill"), rs.getInt("level"));
            });
    return skills;
  }

  public void replaceSkills(long agentId, Map<String, Integer> skills) {
    jdbc.sql("delete from desk.agent_skill where agent_id = ?").param(agentId).update();
    skills.forEach(
        (skill, level) ->
            jdbc.sql("insert into desk.agent_skill (agent_id, skill, level) values (?, ?, ?)")
                .params(agentId, skill, level)
                .update());
  }

  /**
   * The agents the rules consider for a visitor in {@code queueId}: its members and the {@code
   * alsoConsidered} agents (owner, last agent). Disabled users are left out altogether.
   */
  public List<Candidate> candidates(
      long queueId, String requiredSkill, Collection<Long> alsoConsidered, Set<Long> excluded) {
    return jdbc.sql(
            """
            select p.user_id, u.username, p.status, p.max_concurrent, p.active_count, p.last_assigned_at,
                   m.queue_id is not null as member, m.last_assigned_at as queue_turn, coalesce(s.level, 0) as skill_level
              from desk.agent_profile p
              join desk.desk_user u on u.id = p.user_id and u.enabled
              left join desk.agent_queue m on m.agent_id = p.user_id and m.queue_id = :queue
              left join desk.agent_skill s on s.agent_id = p.user_id and s.skill = :skill
             where m.queue_id is not null or p.user_id in (:also)
             order by p.user_id""")
        .param("queue", queueId)
        .param("skill", requiredSkill)
        .param("also", alsoConsidered.isEmpty() ? List.of(-1L) : alsoConsidered)
        .query((rs, n) -> candidate(rs, excluded))
        .list();
  }

  private static Candidate candidate(ResultSet rs, Set<Long> excluded) throws SQLException {
    long id = rs.getLong("user_id");
    return new Candidate(
        id,
        rs.getString("username"),
        AgentStatus.valueOf(rs.getString("status")),
        rs.getInt("max_concurrent"),
        rs.getInt("active_count"),
        rs.getBoolean("member"),
        excluded.contains(id),
        rs.getInt("skill_level"),
        DbTime.read(rs, "last_assigned_at"),
        DbTime.read(rs, "queue_turn"));
  }
}
