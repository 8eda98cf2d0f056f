package org.wechatdesk.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;
import org.wechatdesk.system.SecretCipher;

/** Bound accounts; secrets are encrypted on the way in and decrypted on the way out. */
@ReadModel({"desk.inbound_message"})
@Repository
public class AccountRepository {

  private static final String COLUMNS =
      """
      id, name, original_id, app_id, app_secret_enc, token_enc, encoding_aes_key_enc,
      previous_encoding_aes_key_enc, handshake_at, token_ok_at, last_error, h5_authorization,
      (select max(received_at) from desk.inbound_message i where i.account_id = a.id) as last_message_at""";

  private final JdbcClient jdbc;
  private final SecretCipher cipher;
  private final Clock clock;

  AccountRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  public Optional<OfficialAccount> findByAppId(String appId) {
    return jdbc.sql("select " + COLUMNS + " from desk.official_account a where app_id = ?")
        .param(appId)
        .query(this::map)
        .optional();
  }

  public Optional<OfficialAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.official_account a where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  public List<OfficialAccount> findAll() {
    return jdbc.sql("select " + COLUMNS + " from desk.official_account a order by id")
        .query(this::map)
        .list();
  }

  long insert(AccountRequest request) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            """
            insert into desk.official_account
              (name, original_id, app_id, app_secret_enc, token_enc, encoding_aes_key_enc, created_at, h5_authorization)
            values (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            request.name(),
            request.originalId(),
            request.appId(),
            cipher.encrypt(request.appSecret()),
            cipher.encrypt(request.token()),
            cipher.encrypt(request.encodingAesKey()),
            DbTime.of(clock.instant()),
            request.h5AuthorizationOrDefault().name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  void rotateEncodingAesKey(long id, String newKey) {
    jdbc.sql(
            """
            update desk.official_account
               set previous_encoding_aes_key_enc = encoding_aes_key_enc, encoding_aes_key_enc = ?
             where id = ?""")
        .params(cipher.encrypt(newKey), id)
        .update();
  }

  void removePreviousEncodingAesKey(long id) {
    jdbc.sql("update desk.official_account set previous_encoding_aes_key_enc = null where id = ?")
        .param(id)
        .update();
  }

  void setH5Authorization(long id, H5Authorization mode) {
    jdbc.sql("update desk.official_account set h5_authorization = ? where id = ?")
        .params(mode.name(), id)
        .update();
  }

  public void recordHandshake(long id) {
    jdbc.sql("update desk.official_account set handshake_at = ? where id = ?")
        .params(DbTime.of(clock.instant()), id)
        .update();
  }

  /**
   * Skips the write when recorded within the last minute: sends would otherwise all update this one
   * row.
   */
  public void recordTokenOk(long id) {
    java.time.Instant now = clock.instant();
    jdbc.sql(
            """
            update desk.official_account set token_ok_at = ?, last_error = null
             where id = ? and (token_ok_at is null or token_ok_at < ? or last_error is not null)""")
        .params(DbTime.of(now), id, DbTime.of(now.minusSeconds(60)))
        .update();
  }

  public void recordError(long id, String error) {
    jdbc.sql("update desk.official_account set last_error = ? where id = ?")
        .params(truncate(error, 500), id)
        .update();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private OfficialAccount map(ResultSet rs, int row) throws SQLException {
    String previous = rs.getString("previous_encoding_aes_key_enc");
    return new OfficialAccount(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("original_id"),
        rs.getString("app_id"),
        cipher.decrypt(rs.getString("app_secret_enc")),
        cipher.decrypt(rs.getString("token_enc")),
        cipher.decrypt(rs.getString("encoding_aes_key_enc")),
        previous == null ? null : cipher.decrypt(previous),
        new OfficialAccount.AccountStatus(
            DbTime.read(rs, "handshake_at"),
            DbTime.read(rs, "last_message_at"),
            DbTime.read(rs, "token_ok_at"),
            rs.getString("last_error")),
        H5Authorization.valueOf(rs.getString("h5_authorization")));
  }
}
