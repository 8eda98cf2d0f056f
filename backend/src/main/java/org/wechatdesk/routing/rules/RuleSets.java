package org.wechatdesk.routing.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.KieBase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.NotFoundException;

/**
 * The running version of each rule set. Versions live in the database and the active one is a
 * pointer row, so every node runs the same rules: each use reads the pointer and recompiles only
 * when it moved. Rules shipped in a new release are stored as a new version at start-up, and
 * activated unless an admin activated rules of their own.
 */
@Component
public class RuleSets {

  /** {@code created_by} of versions that came with the desk rather than from an admin. */
  public static final String SHIPPED = "(shipped)";

  private static final String VERSION_QUERY =
      """
      select v.id, v.rule_set, v.created_at, v.created_by, a.version_id is not null as active
        from desk.rule_set_version v left join desk.active_rule_set a on a.version_id = v.id""";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<RuleSet, Compiled> running = new ConcurrentHashMap<>();

  RuleSets(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    for (RuleSet set : RuleSet.values()) {
      importShipped(set, set.compile(set.shippedDrl()));
    }
  }

  /** The rules to decide with now. */
  public KieBase current(RuleSet set) {
    long activeId = activeVersionId(set).orElseThrow();
    Compiled compiled = running.get(set);
    if (compiled != null && compiled.versionId() == activeId) {
      return compiled.rules();
    }
    return running
        .compute(
            set,
            (s, old) ->
                old != null && old.versionId() == activeId
                    ? old
                    : new Compiled(activeId, set.compile(drl(activeId))))
        .rules();
  }

  /** Compiles first: a broken set is rejected and the running one stays. */
  @Transactional
  public RuleSetVersion store(RuleSet set, String drl, String username) {
    KieBase compiled = set.compile(drl);
    long id = insert(set, drl, username);
    activate(set, id);
    running.put(set, new Compiled(id, compiled));
    return version(id);
  }

  @Transactional
  public RuleSetVersion activate(long versionId) {
    RuleSetVersion version = version(versionId);
    activate(RuleSet.of(version.ruleSet()), versionId);
    return version(versionId);
  }

  /** Newest first. */
  public List<RuleSetVersion> versions(RuleSet set) {
    return jdbc.sql(VERSION_QUERY + " where v.rule_set = ? order by v.id desc")
        .param(set.id())
        .query(this::mapVersion)
        .list();
  }

  public RuleSetVersion version(long id) {
    return jdbc.sql(VERSION_QUERY + " where v.id = ?")
        .param(id)
        .query(this::mapVersion)
        .optional()
        .orElseThrow(() -> new NotFoundException(RoutingError.RULES_VERSION_NOT_FOUND, "id", id));
  }

  public String drl(long versionId) {
    return jdbc.sql("select drl from desk.rule_set_version where id = ?")
        .param(versionId)
        .query(String.class)
        .single();
  }

  private void importShipped(RuleSet set, KieBase compiled) {
    String drl = set.shippedDrl();
    Optional<Long> latestShipped =
        jdbc.sql(
                """
            select id from desk.rule_set_version where rule_set = ? and created_by = ? order by id desc fetch first 1 rows only""")
            .params(set.id(), SHIPPED)
            .query(Long.class)
            .optional();
    Optional<Long> active = activeVersionId(set);
    long shippedId;
    if (latestShipped.isPresent() && drl.equals(drl(latestShipped.get()))) {
      shippedId = latestShipped.get();
    } else {
      shippedId = insert(set, drl, SHIPPED);
      if (active.isPresent() && active.equals(latestShipped)) {
        activate(set, shippedId);
      }
    }
    if (active.isEmpty()) {
      activateFirst(set, shippedId);
    }
    if (activeVersionId(set).orElseThrow() == shippedId) {
      running.put(set, new Compiled(shippedId, compiled));
    }
  }

  private void activateFirst(RuleSet set, long versionId) {
    try {
      jdbc.sql("insert into desk.active_rule_set (rule_set, version_id) values (?, ?)")
          .params(set.id(), versionId)
          .update();
    } catch (DuplicateKeyException anotherNodeStartedFirst) {
      // That node activated the same shipped rules.
    }
  }

  private void activate(RuleSet set, long versionId) {
    jdbc.sql("update desk.active_rule_set set version_id = ? where rule_set = ?")
        .params(versionId, set.id())
        .update();
  }

  private long insert(RuleSet set, String drl, String username) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into desk.rule_set_version (rule_set, drl, created_at, created_by) values (?, ?, ?, ?)")
        .params(set.id(), drl, DbTime.of(clock.instant()), username)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  private Optional<Long> activeVersionId(RuleSet set) {
    return jdbc.sql("select version_id from desk.active_rule_set where rule_set = ?")
        .param(set.id())
        .query(Long.class)
        .optional();
  }

  private RuleSetVersion mapVersion(ResultSet rs, int row) throws SQLException {
    return new RuleSetVersion(
        rs.getLong("id"),
        rs.getString("rule_set"),
        DbTime.read(rs, "created_at"),
        rs.getString("created_by"),
        rs.getBoolean("active"));
  }

  private record Compiled(long versionId, KieBase rules) {}
}
