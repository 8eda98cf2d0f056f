package org.wechatdesk.channel.wechat.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.account.AccountBound;
import org.wechatdesk.account.AccountCredentialsChanged;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.SecretCipher;

/** The one access token of each account, shared by every node, encrypted at rest. */
@Repository
class AccessTokenRepository {

  private final JdbcClient jdbc;
  private final SecretCipher cipher;
  private final Clock clock;

  AccessTokenRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** Every account has its row from the start: the lease that refreshes the token locks it. */
  @EventListener
  void on(AccountBound bound) {
    jdbc.sql("insert into desk.access_token (account_id) values (?)")
        .param(bound.accountId())
        .update();
  }

  /** A token got with an AppSecret that is gone is not used again, not even until it expires. */
  @EventListener
  void on(AccountCredentialsChanged changed) {
    if (changed.accessTokenStale()) {
      jdbc.sql(
              "update desk.access_token set token_enc = null, expires_at = null where account_id = ?")
          .param(changed.accountId())
          .update();
    }
  }

  Optional<StoredToken> find(long accountId) {
    return jdbc.sql("select token_enc, expires_at from desk.access_token where account_id = ?")
        .param(accountId)
        .query(
            (rs, n) -> {
              String encrypted = rs.getString("token_enc");
              Instant expiresAt = DbTime.read(rs, "expires_at");
              return encrypted == null
                  ? null
                  : new StoredToken(cipher.decrypt(encrypted), expiresAt);
            })
        .optional();
  }

  void save(long accountId, String token, Instant expiresAt) {
    jdbc.sql("update desk.access_token set token_enc = ?, expires_at = ? where account_id = ?")
        .params(cipher.encrypt(token), DbTime.of(expiresAt), accountId)
        .update();
  }

  void expire(long accountId) {
    jdbc.sql("update desk.access_token set expires_at = ? where account_id = ?")
        .params(DbTime.of(Instant.EPOCH), accountId)
        .update();
  }

  /**
   * Takes the refresh lease if nobody holds it, or if its holder's lease ran out (a crashed node).
   */
  boolean tryLease(long accountId, String owner, Duration length) {
    Instant now = clock.instant();
    return jdbc.sql(
                """
            update desk.access_token set lease_owner = ?, lease_until = ?
             where account_id = ? and (lease_until is null or lease_until < ? or lease_owner = ?)""")
            .params(owner, DbTime.of(now.plus(length)), accountId, DbTime.of(now), owner)
            .update()
        == 1;
  }

  void releaseLease(long accountId, String owner) {
    jdbc.sql(
            "update desk.access_token set lease_owner = null, lease_until = null where account_id = ? and lease_owner = ?")
        .params(accountId, owner)
        .update();
  }

  record StoredToken(String token, Instant expiresAt) {}
}
