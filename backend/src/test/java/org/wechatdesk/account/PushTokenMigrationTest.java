package org.wechatdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.system.SecretCipher;

/**
 * An account bound before V16 kept its push Token in plain text; the upgrade encrypts it with the secrets
 * key and drops the plain column. Played on a PostgreSQL database of its own, migrated up to V16, given such
 * an account, then migrated to the end as the desk does.
 */
class PushTokenMigrationTest {

  private static final String SERVER = System.getenv().getOrDefault("DESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getenv().getOrDefault("DESK_TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("DESK_TEST_PG_PASSWORD", "");

  private final String database = "wechatdesk_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis()
      + "_tokenmigration";

  @BeforeEach
  void freshDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("create database " + database);
    }
  }

  @AfterEach
  void dropDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
         Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + database + " with (force)");
    }
  }

  @Test
  void aPlainTokenFromBeforeIsEncryptedAndThePlainColumnGone() throws Exception {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    SecretCipher cipher = new SecretCipher(key);
    flyway().target("16").load().migrate();
    try (Connection db = connect(); Statement statement = db.createStatement()) {
      statement.executeUpdate("""
          insert into desk.official_account (name, original_id, app_id, app_secret_enc, token, encoding_aes_key_enc,
                                             created_at)
          values ('旧号', 'gh_0123456789ab', 'wx0123456789abcdef', '%s', 'OldPlainToken42', '%s', now())"""
          .formatted(cipher.encrypt("secret"), cipher.encrypt("key")));
    }

    flyway().javaMigrations(new V17__EncryptPushTokens(cipher)).load().migrate();

    try (Connection db = connect(); Statement statement = db.createStatement();
         ResultSet row = statement.executeQuery("select * from desk.official_account")) {
      assertThat(row.next()).isTrue();
      assertThat(cipher.decrypt(row.getString("token_enc"))).isEqualTo("OldPlainToken42");
      assertThat(row.getString("token_enc")).doesNotContain("OldPlainToken42");
      assertThat(row.getMetaData().getColumnCount()).isPositive();
      for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
        assertThat(row.getMetaData().getColumnName(column)).isNotEqualTo("token");
      }
    }
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure().dataSource(SERVER + database, USER, PASSWORD).schemas("desk").defaultSchema("desk");
  }

  private Connection connect() throws Exception {
    return DriverManager.getConnection(SERVER + database, USER, PASSWORD);
  }
}
