package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A Flyway migration that rewrites every account's saved flow settings (JSON text), so that
 * settings an admin saved before an upgrade keep their meaning after it. Written in Java because
 * the JSON functions of PostgreSQL and of the embedded H2 differ; Spring Boot hands the subclasses
 * to Flyway as beans.
 */
abstract class SavedFlowSettingsRewrite extends BaseJavaMigration {

  private final ObjectMapper json = new ObjectMapper();

  /** The settings as they should read from this version on. */
  abstract void rewrite(ObjectNode settings);

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement select = context.getConnection().createStatement();
        ResultSet saved =
            select.executeQuery("select account_id, settings from desk.flow_settings");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement(
                    "update desk.flow_settings set settings = ? where account_id = ?")) {
      while (saved.next()) {
        ObjectNode settings = (ObjectNode) json.readTree(saved.getString("settings"));
        rewrite(settings);
        update.setString(1, json.writeValueAsString(settings));
        update.setLong(2, saved.getLong("account_id"));
        update.executeUpdate();
      }
    }
  }
}
