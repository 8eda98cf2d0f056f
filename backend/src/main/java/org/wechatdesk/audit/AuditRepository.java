package org.wechatdesk.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

@Repository
class AuditRepository {

  private final JdbcClient jdbc;

  AuditRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(
      String actor,
      OffsetDateTime at,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {
    jdbc.sql(
            """
            insert into desk.audit_entry (actor, created_at, action, target_type, target_id, before_json, after_json)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(actor, at, action, targetType, targetId, before, after)
        .update();
  }

  /** Newest first; {@code targetType} null for every type. */
  List<StoredEntry> page(String targetType, int offset, int limit) {
    return jdbc.sql(
            """
            select id, actor, created_at, action, target_type, target_id, before_json, after_json
              from desk.audit_entry where (cast(? as varchar(32)) is null or target_type = ?)
             order by id desc offset ? rows fetch next ? rows only""")
        .params(targetType, targetType, offset, limit)
        .query(
            (rs, n) ->
                new StoredEntry(
                    rs.getLong("id"),
                    rs.getString("actor"),
                    DbTime.read(rs, "created_at"),
                    rs.getString("action"),
                    rs.getString("target_type"),
                    rs.getString("target_id"),
                    rs.getString("before_json"),
                    rs.getString("after_json")))
        .list();
  }

  long count(String targetType) {
    return jdbc.sql(
            "select count(*) from desk.audit_entry where (cast(? as varchar(32)) is null or target_type = ?)")
        .params(targetType, targetType)
        .query(Long.class)
        .single();
  }

  record StoredEntry(
      long id,
      String actor,
      Instant at,
      String action,
      String targetType,
      String targetId,
      String before,
      String after) {}
}
