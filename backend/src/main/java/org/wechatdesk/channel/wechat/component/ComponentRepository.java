package org.wechatdesk.channel.wechat.component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.SecretCipher;

/**
 * The one row of the third-party platform: its settings, the latest verify ticket, and the
 * component access token with the lease that refreshes it. Every secret is encrypted at rest.
 */
@Repository
class ComponentRepository {

  private final JdbcClient jdbc;
  private final SecretCipher cipher;
  private final Clock clock;

  ComponentRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  Optional<ComponentSettings> settings() {
    return jdbc.sql(
            "select app_id, app_secret_enc, token_enc, encoding_aes_key_enc from desk.wechat_component")
        .query(
            (rs, n) ->
                new ComponentSettings(
                    rs.getString("app_id"),
                    cipher.decrypt(rs.getString("app_secret_enc")),
                    cipher.decrypt(rs.getString("token_enc")),
                    cipher.decrypt(rs.getString("encoding_aes_key_enc"))))
        .optional();
  }

  /**
   * Another AppID is another platform: its ticket and token are of no use and are dropped. The
   * update-then-insert runs on the embedded H2 default too.
   */
  void save(ComponentSettings settings) {
    int updated =
        jdbc.sql(
                """
                update desk.wechat_component
                   set verify_ticket_enc = case when app_id = ? then verify_ticket_enc end,
                       verify_ticket_at = case when app_id = ? then verify_ticket_at end,
                       access_token_enc = null, access_token_expires = null,
                       app_id = ?, app_secret_enc = ?, token_enc = ?, encoding_aes_key_enc = ?,
                       updated_at = ?
                 where id = 1""")
            .params(
                settings.appId(),
                settings.appId(),
                settings.appId(),
                cipher.encrypt(settings.appSecret()),
                cipher.encrypt(settings.token()),
                cipher.encrypt(settings.encodingAesKey()),
                DbTime.of(clock.instant()))
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.wechat_component
                (id, app_id, app_secret_enc, token_enc, encoding_aes_key_enc, updated_at)
              values (1, ?, ?, ?, ?, ?)""")
          .params(
              settings.appId(),
              cipher.encrypt(settings.appSecret()),
              cipher.encrypt(settings.token()),
              cipher.encrypt(settings.encodingAesKey()),
              DbTime.of(clock.instant()))
          .update();
    }
  }

  void saveTicket(String ticket) {
    jdbc.sql("update desk.wechat_component set verify_ticket_enc = ?, verify_ticket_at = ?")
        .params(cipher.encrypt(ticket), DbTime.of(clock.instant()))
        .update();
  }

  Optional<Ticket> ticket() {
    return jdbc.sql(
            "select verify_ticket_enc, verify_ticket_at from desk.wechat_component where verify_ticket_enc is not null")
        .query(
            (rs, n) ->
                new Ticket(
                    cipher.decrypt(rs.getString("verify_ticket_enc")),
                    DbTime.read(rs, "verify_ticket_at")))
        .optional();
  }

  Optional<StoredToken> accessToken() {
    return jdbc.sql(
            "select access_token_enc, access_token_expires from desk.wechat_component where access_token_enc is not null")
        .query(
            (rs, n) ->
                new StoredToken(
                    cipher.decrypt(rs.getString("access_token_enc")),
                    DbTime.read(rs, "access_token_expires")))
        .optional();
  }

  void saveAccessToken(String token, Instant expiresAt) {
    jdbc.sql("update desk.wechat_component set access_token_enc = ?, access_token_expires = ?")
        .params(cipher.encrypt(token), DbTime.of(expiresAt))
        .update();
  }

  /** Takes the refresh lease if nobody holds it or its holder's lease ran out (a crashed node). */
  boolean tryLease(String owner, Duration length) {
    Instant now = clock.instant();
    return jdbc.sql(
                """
                update desk.wechat_component set lease_owner = ?, lease_until = ?
                 where lease_until is null or lease_until < ? or lease_owner = ?""")
            .params(owner, DbTime.of(now.plus(length)), DbTime.of(now), owner)
            .update()
        == 1;
  }

  void releaseLease(String owner) {
    jdbc.sql(
            "update desk.wechat_component set lease_owner = null, lease_until = null where lease_owner = ?")
        .param(owner)
        .update();
  }

  record Ticket(String value, Instant receivedAt) {}

  record StoredToken(String token, Instant expiresAt) {}
}
