package org.wechatdesk.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
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
      previous_encoding_aes_key_enc, previous_token_enc, handshake_at, token_ok_at, last_error,
      h5_authorization, state, binding,
      (select max(received_at) from desk.inbound_message i where i.account_id = a.id) as last_message_at""";

  private final JdbcClient jdbc;
  private final SecretCipher cipher;
  private final Clock clock;

  AccountRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** A bound account, active or disabled: an unbound one is unknown to its push URL and H5 page. */
  public Optional<OfficialAccount> findByAppId(String appId) {
    return findAnyByAppId(appId).filter(account -> account.state() != AccountState.UNBOUND);
  }

  /** Any account that was ever bound with this AppID, unbound ones too (binding it again). */
  Optional<OfficialAccount> findAnyByAppId(String appId) {
    return jdbc.sql("select " + COLUMNS + " from desk.official_account a where app_id = ?")
        .param(appId)
        .query(this::map)
        .optional();
  }

  boolean originalIdTakenByAnother(String originalId, String appId) {
    return jdbc.sql(
                "select count(*) from desk.official_account where original_id = ? and app_id <> ?")
            .params(originalId, appId)
            .query(Long.class)
            .single()
        > 0;
  }

  public Optional<OfficialAccount> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from desk.official_account a where id = ?")
        .param(id)
        .query(this::map)
        .optional();
  }

  /** The bound accounts, active or disabled. */
  public List<OfficialAccount> findAll() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from desk.official_account a where state <> 'UNBOUND' order by id")
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

  /**
   * An account authorized through the component: it has no secrets of its own (the columns are
   * required, so they hold empty ones) and no web authorization until the admin turns it on.
   */
  long insertAuthorized(String name, String originalId, String appId) {
    KeyHolder keys = new GeneratedKeyHolder();
    String empty = cipher.encrypt("");
    jdbc.sql(
            """
            insert into desk.official_account
              (name, original_id, app_id, app_secret_enc, token_enc, encoding_aes_key_enc, created_at,
               h5_authorization, binding)
            values (?, ?, ?, ?, ?, ?, ?, 'NONE', 'COMPONENT')""")
        .params(name, originalId, appId, empty, empty, empty, DbTime.of(clock.instant()))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** An unbound account authorized again: its old row, so its fans and history come back. */
  void rebindAuthorized(long id, String name, String originalId) {
    jdbc.sql(
            """
            update desk.official_account
               set name = ?, original_id = ?, state = 'ACTIVE', binding = 'COMPONENT',
                   handshake_at = null, token_ok_at = null, last_error = null
             where id = ?""")
        .params(name, originalId, id)
        .update();
  }

  /** Binds an unbound account again: the same row, so its fans and history come back with it. */
  void rebind(long id, AccountRequest request) {
    jdbc.sql(
            """
            update desk.official_account
               set name = ?, original_id = ?, app_secret_enc = ?, token_enc = ?,
                   encoding_aes_key_enc = ?, h5_authorization = ?, state = 'ACTIVE',
                   binding = 'DEVELOPER', handshake_at = null, token_ok_at = null, last_error = null
             where id = ?""")
        .params(
            request.name(),
            request.originalId(),
            cipher.encrypt(request.appSecret()),
            cipher.encrypt(request.token()),
            cipher.encrypt(request.encodingAesKey()),
            request.h5AuthorizationOrDefault().name(),
            id)
        .update();
  }

  void rename(long id, String name) {
    jdbc.sql("update desk.official_account set name = ? where id = ?").params(name, id).update();
  }

  void replaceAppSecret(long id, String appSecret) {
    jdbc.sql("update desk.official_account set app_secret_enc = ? where id = ?")
        .params(cipher.encrypt(appSecret), id)
        .update();
  }

  /** The Token WeChat signs with now stays accepted until WeChat signs with the new one. */
  void replaceToken(long id, String token) {
    jdbc.sql(
            """
            update desk.official_account
               set previous_token_enc = token_enc, token_enc = ?
             where id = ?""")
        .params(cipher.encrypt(token), id)
        .update();
  }

  /** WeChat signed with the current Token: its console has it, the previous one is done. */
  public void forgetPreviousToken(long id) {
    jdbc.sql("update desk.official_account set previous_token_enc = null where id = ?")
        .param(id)
        .update();
  }

  void setState(long id, AccountState state) {
    jdbc.sql("update desk.official_account set state = ? where id = ?")
        .params(state.name(), id)
        .update();
  }

  /** The secrets are replaced by empty ones (the columns are required) and the state is UNBOUND. */
  void unbind(long id) {
    String empty = cipher.encrypt("");
    jdbc.sql(
            """
            update desk.official_account
               set app_secret_enc = ?, token_enc = ?, encoding_aes_key_enc = ?,
                   previous_encoding_aes_key_enc = null, previous_token_enc = null,
                   state = 'UNBOUND', handshake_at = null, token_ok_at = null, last_error = null
             where id = ?""")
        .params(empty, empty, empty, id)
        .update();
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
    Instant now = clock.instant();
    jdbc.sql(
            """
            update desk.official_account set token_ok_at = ?, last_error = null
             where id = ? and (token_ok_at is null or token_ok_at < ? or last_error is not null)""")
        .params(DbTime.of(now), id, DbTime.of(now.minusSeconds(60)))
        .update();
  }

  /**
   * The same, for an account read just now: its status already says whether there is anything to
   * write, which every send would otherwise ask the database.
   */
  public void recordTokenOk(OfficialAccount account) {
    OfficialAccount.AccountStatus status = account.status();
    boolean recordedWithinAMinute =
        status.lastError() == null
            && status.tokenOkAt() != null
            && !status.tokenOkAt().isBefore(clock.instant().minusSeconds(60));
    if (!recordedWithinAMinute) {
      recordTokenOk(account.id());
    }
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
    String previousToken = rs.getString("previous_token_enc");
    return new OfficialAccount(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("original_id"),
        rs.getString("app_id"),
        cipher.decrypt(rs.getString("app_secret_enc")),
        cipher.decrypt(rs.getString("token_enc")),
        cipher.decrypt(rs.getString("encoding_aes_key_enc")),
        previous == null ? null : cipher.decrypt(previous),
        previousToken == null ? null : cipher.decrypt(previousToken),
        new OfficialAccount.AccountStatus(
            DbTime.read(rs, "handshake_at"),
            DbTime.read(rs, "last_message_at"),
            DbTime.read(rs, "token_ok_at"),
            rs.getString("last_error")),
        H5Authorization.valueOf(rs.getString("h5_authorization")),
        AccountState.valueOf(rs.getString("state")),
        AccountBinding.valueOf(rs.getString("binding")));
  }
}
