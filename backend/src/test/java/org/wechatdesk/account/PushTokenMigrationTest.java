package org.wechatdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.ScratchDatabase;
import org.wechatdesk.system.SecretCipher;

/**
 * An account bound before V16 kept its push Token in plain text; the upgrade encrypts it with the
 * secrets key and drops the plain column. Played on a PostgreSQL database of its own, migrated up
 * to V16, given such an account, then migrated to the end as the desk does.
 */
class PushTokenMigrationTest {

  private ScratchDatabase database;

  @BeforeEach
  void freshDatabase() throws Exception {
    database = ScratchDatabase.create("tokenmigration");
  }

  @AfterEach
  void dropDatabase() throws Exception {
    database.close();
  }

  @Test
  void aPlainTokenFromBeforeIsEncryptedAndThePlainColumnGone() throws Exception {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    SecretCipher cipher = new SecretCipher(key);
    database.flyway().target("16").load().migrate();
    try (Connection db = database.connect();
        Statement statement = db.createStatement()) {
      statement.executeUpdate(
          """
          insert into desk.official_account (name, original_id, app_id, app_secret_enc, token, encoding_aes_key_enc,
                                             created_at)
          values ('旧号', 'gh_0123456789ab', 'wx0123456789abcdef', '%s', 'OldPlainToken42', '%s', now())"""
              .formatted(cipher.encrypt("secret"), cipher.encrypt("key")));
    }

    database.flyway().javaMigrations(new V17__EncryptPushTokens(cipher)).load().migrate();

    try (Connection db = database.connect();
        Statement statement = db.createStatement();
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
}
