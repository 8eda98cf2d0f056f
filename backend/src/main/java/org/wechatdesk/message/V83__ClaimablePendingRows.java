package org.wechatdesk.message;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.Databases;

/**
 * Indexes that hold only the work tables' unfinished rows, for the workers' claim ({@code
 * FanOrderedQueue}): the pending rows in the order they are claimed, and each fan's line of
 * unfinished rows for the check that only a fan's first row is taken. Without them PostgreSQL read
 * the claimable rows along the primary key and stepped over every finished row before them, so each
 * claim cost more as the tables' history grew (12 ms with 50,000 finished rows, against 0.3 ms with
 * these; docs/benchmarks.md, "Push").
 *
 * <p>The claim's plan is only as good as the tables' statistics: planned on the statistics of an
 * empty table, it sorted every pending row on each claim (60 ms with 25,000 waiting). PostgreSQL
 * analyzes a table after 10 % of it changed by default, which for a work table growing from empty
 * under a burst comes late: these tables are analyzed after every 1,000 changed rows instead.
 *
 * <p>Partial indexes and storage parameters are PostgreSQL's; the embedded H2 database, which has
 * no such indexes and runs one node on small tables, keeps the full indexes of V1. Written in Java
 * to tell the two apart.
 */
@Component
class V83__ClaimablePendingRows extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    if (!Databases.isPostgres(context.getConnection().getMetaData())) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute(
          "create index inbound_claimable on desk.inbound_message (id) where status = 'PENDING'");
      statement.execute(
          """
          create index inbound_fan_line on desk.inbound_message (account_id, openid, id)
           where status in ('PENDING', 'SENDING')""");
      statement.execute(
          """
          create index outbound_claimable on desk.outbound_message (priority desc, id)
           where status = 'PENDING'""");
      statement.execute(
          """
          create index outbound_fan_line on desk.outbound_message (account_id, openid, id)
           where status in ('PENDING', 'SENDING')""");
      for (String table : new String[] {"desk.inbound_message", "desk.outbound_message"}) {
        statement.execute(
            "alter table "
                + table
                + " set (autovacuum_analyze_threshold = 1000, autovacuum_analyze_scale_factor = 0)");
      }
    }
  }
}
