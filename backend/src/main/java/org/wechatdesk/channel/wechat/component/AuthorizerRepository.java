package org.wechatdesk.channel.wechat.component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.SecretCipher;

/**
 * What the desk keeps of each authorization: the refresh token (encrypted) and what was granted.
 */
@Repository
class AuthorizerRepository {

  private final JdbcClient jdbc;
  private final SecretCipher cipher;
  private final Clock clock;

  AuthorizerRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** A new authorization of the account, or one renewed: the update-then-insert runs on H2 too. */
  void save(long accountId, String refreshToken, ComponentApi.AuthorizerInfo info) {
    Object[] values = {
      cipher.encrypt(refreshToken),
      join(info.funcIds()),
      info.serviceType(),
      info.verifyType(),
      info.headImg(),
      DbTime.of(clock.instant()),
      accountId
    };
    int updated =
        jdbc.sql(
                """
                update desk.wechat_authorizer
                   set refresh_token_enc = ?, func_ids = ?, service_type = ?, verify_type = ?,
                       head_img = ?, authorized_at = ?, unauthorized_at = null
                 where account_id = ?""")
            .params(values)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.wechat_authorizer
                (refresh_token_enc, func_ids, service_type, verify_type, head_img, authorized_at,
                 account_id)
              values (?, ?, ?, ?, ?, ?, ?)""")
          .params(values)
          .update();
    }
  }

  /** The permissions changed in WeChat (updateauthorized). */
  void updateGrants(long accountId, List<Integer> funcIds) {
    jdbc.sql("update desk.wechat_authorizer set func_ids = ? where account_id = ?")
        .params(join(funcIds), accountId)
        .update();
  }

  /** WeChat issues a new refresh token only sometimes; the stored one is replaced only by one. */
  void replaceRefreshToken(long accountId, String refreshToken) {
    jdbc.sql("update desk.wechat_authorizer set refresh_token_enc = ? where account_id = ?")
        .params(cipher.encrypt(refreshToken), accountId)
        .update();
  }

  /** The refresh token is useless once the authorization is cancelled; the record stays. */
  void markUnauthorized(long accountId) {
    jdbc.sql(
            "update desk.wechat_authorizer set unauthorized_at = ?, refresh_token_enc = ? where account_id = ?")
        .params(DbTime.of(clock.instant()), cipher.encrypt(""), accountId)
        .update();
  }

  /** Every authorization the desk was given, in force or withdrawn. */
  List<Authorizer> findAll() {
    return jdbc.sql(
            """
            select account_id, refresh_token_enc, func_ids, service_type, verify_type, head_img,
                   unauthorized_at
              from desk.wechat_authorizer order by account_id""")
        .query(this::map)
        .list();
  }

  Optional<Authorizer> find(long accountId) {
    return jdbc.sql(
            """
            select account_id, refresh_token_enc, func_ids, service_type, verify_type, head_img,
                   unauthorized_at
              from desk.wechat_authorizer where account_id = ?""")
        .param(accountId)
        .query(this::map)
        .optional();
  }

  private Authorizer map(ResultSet rs, int row) throws SQLException {
    String ids = rs.getString("func_ids");
    return new Authorizer(
        rs.getLong("account_id"),
        cipher.decrypt(rs.getString("refresh_token_enc")),
        ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Integer::valueOf).toList(),
        rs.getInt("service_type"),
        rs.getInt("verify_type"),
        rs.getString("head_img"),
        DbTime.read(rs, "unauthorized_at") == null);
  }

  private static String join(List<Integer> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /**
   * One authorization; {@link #toString()} leaves the refresh token out. Permission set 1 is
   * message management: without it the account is bound for web authorization only.
   */
  record Authorizer(
      long accountId,
      String refreshToken,
      List<Integer> funcIds,
      int serviceType,
      int verifyType,
      String headImg,
      boolean authorized) {

    static final int MESSAGE_MANAGEMENT = 1;
    static final int WEB_SERVICES = 4;

    boolean messagesGranted() {
      return authorized && funcIds.contains(MESSAGE_MANAGEMENT);
    }

    @Override
    public String toString() {
      return "Authorizer[accountId=" + accountId + ", funcIds=" + funcIds + "]";
    }
  }
}
