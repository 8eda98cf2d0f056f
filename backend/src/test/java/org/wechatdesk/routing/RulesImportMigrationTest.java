package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.ScratchDatabase;

/**
 * A rule set an analyst stored before AgentStatus and QueueStrategy moved to routing.terms still
 * compiles after the upgrade: V56 rewrites its imports.
 */
class RulesImportMigrationTest {

  private static final String STORED_BEFORE =
      """
      package org.wechatdesk.rules;
      import org.wechatdesk.routing.AgentStatus;
      import org.wechatdesk.routing.QueueStrategy;
      rule "any" when then end
      """;

  private ScratchDatabase database;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = ScratchDatabase.create("rulesimport");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    database.close();
  }

  @Test
  void storedRuleSetsImportTheTermsFromTheirNewPackage() throws Exception {
    database.flyway().target("55").load().migrate();
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      statement.execute(
          "insert into desk.rule_set_version (rule_set, drl, created_at, created_by)"
              + " values ('assignment', '"
              + STORED_BEFORE
              + "', now(), 'analyst')");
    }

    database.flyway().load().migrate();

    try (Connection db = database.connect();
        Statement statement = db.createStatement();
        ResultSet stored = statement.executeQuery("select drl from desk.rule_set_version")) {
      assertThat(stored.next()).isTrue();
      assertThat(stored.getString("drl"))
          .contains("import org.wechatdesk.routing.terms.AgentStatus;")
          .contains("import org.wechatdesk.routing.terms.QueueStrategy;")
          .doesNotContain("import org.wechatdesk.routing.AgentStatus;")
          .contains("rule \"any\"");
    }
  }
}
