package org.wechatdesk.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tells when a statement of this test's database is blocked on a lock another transaction holds, so
 * that a test can order concurrent transactions without sleeping.
 */
public final class LockWaits {

  private LockWaits() {}

  /** Waits until a statement whose text contains {@code statementPart} waits for a lock. */
  public static void awaitBlocked(JdbcClient jdbc, String statementPart) {
    Await.until(
        "a statement with \"" + statementPart + "\" waits for a lock",
        () ->
            jdbc.sql(
                        """
                        select count(*) from pg_stat_activity
                         where datname = current_database() and wait_event_type = 'Lock'
                           and strpos(query, ?) > 0""")
                    .param(statementPart)
                    .query(Long.class)
                    .single()
                > 0);
  }
}
