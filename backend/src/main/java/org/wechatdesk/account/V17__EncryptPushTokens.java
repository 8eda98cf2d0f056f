package org.wechatdesk.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.SecretCipher;

/**
 * Encrypts the push Tokens stored in plain text before V16 with the desk's secrets key. A Flyway
 * migration written in Java because SQL cannot encrypt; Spring Boot hands it to Flyway as a bean.
 */
@Component
class V17__EncryptPushTokens extends BaseJavaMigration {

  private final SecretCipher cipher;

  V17__EncryptPushTokens(SecretCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement select = context.getConnection().createStatement();
        ResultSet plain =
            select.executeQuery(
                "select id, token from desk.official_account where token_enc is null");
        PreparedStatement update =
            context
                .getConnection()
                .prepareStatement("update desk.official_account set token_enc = ? where id = ?")) {
      while (plain.next()) {
        update.setString(1, cipher.encrypt(plain.getString("token")));
        update.setLong(2, plain.getLong("id"));
        update.executeUpdate();
      }
    }
  }
}
