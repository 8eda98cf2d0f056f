package org.wechatdesk.channel.wechat.kf;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Per Official Account, whether agents reply under their own customer-service accounts, and each
 * agent's account as last synchronised with WeChat. Reads the desk's users to know who serves.
 */
@Repository
@ReadModel("desk.desk_user")
class KfAccountRepository {

  private final JdbcClient jdbc;

  KfAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<KfSettings> settings(long accountId) {
    return jdbc.sql("select wechat_id, enabled from desk.wechat_kf_settings where account_id = ?")
        .param(accountId)
        .query((rs, row) -> new KfSettings(rs.getString("wechat_id"), rs.getBoolean("enabled")))
        .optional();
  }

  void saveSettings(long accountId, KfSettings settings, Instant now) {
    jdbc.sql(
            """
            merge into desk.wechat_kf_settings s
            using (values (cast(? as bigint), cast(? as varchar(20)), cast(? as boolean),
                           cast(? as timestamp with time zone)))
                  as saved (account_id, wechat_id, enabled, updated_at)
               on s.account_id = saved.account_id
             when matched then update
                  set wechat_id = saved.wechat_id, enabled = saved.enabled,
                      updated_at = saved.updated_at
             when not matched then insert (account_id, wechat_id, enabled, updated_at)
                  values (saved.account_id, saved.wechat_id, saved.enabled, saved.updated_at)""")
        .params(accountId, settings.wechatId(), settings.enabled(), DbTime.of(now))
        .update();
  }

  /** Everyone who may serve fans (agents and admins, enabled), with their kf account if any. */
  List<AgentKfAccount> agents(long accountId) {
    return jdbc.sql(
            """
            select u.id, u.username, u.display_name, u.avatar_url,
                   k.kf_account, k.nickname, k.avatar_url as synced_avatar_url, k.synced_at,
                   k.error_code, k.error_reason
              from desk.desk_user u
              left join desk.wechat_kf_account k on k.user_id = u.id and k.account_id = ?
             where u.enabled
             order by u.id""")
        .param(accountId)
        .query(this::agent)
        .list();
  }

  /** The kf_account an agent's messages go out under, while it works. */
  Optional<String> workingKfAccount(long accountId, String username) {
    return jdbc.sql(
            """
            select k.kf_account
              from desk.wechat_kf_account k
              join desk.wechat_kf_settings s on s.account_id = k.account_id and s.enabled
              join desk.desk_user u on u.id = k.user_id
             where k.account_id = ? and u.username = ? and k.synced_at is not null
               and k.error_code is null and k.error_reason is null""")
        .params(accountId, username)
        .query(String.class)
        .optional();
  }

  void synced(
      long accountId,
      long userId,
      String kfAccount,
      String nickname,
      @Nullable String avatarUrl,
      Instant now) {
    int updated =
        jdbc.sql(
                """
                update desk.wechat_kf_account
                   set kf_account = ?, nickname = ?, avatar_url = ?, synced_at = ?,
                       error_code = null, error_reason = null
                 where account_id = ? and user_id = ?""")
            .params(kfAccount, nickname, avatarUrl, DbTime.of(now), accountId, userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.wechat_kf_account
                     (account_id, user_id, kf_account, nickname, avatar_url, synced_at)
              values (?, ?, ?, ?, ?, ?)""")
          .params(accountId, userId, kfAccount, nickname, avatarUrl, DbTime.of(now))
          .update();
    }
  }

  /**
   * Records why the account does not work. A row that never synced is created with no sync time, so
   * the screen can show the reason.
   */
  void failed(
      long accountId,
      long userId,
      String kfAccount,
      String nickname,
      @Nullable Integer errcode,
      KfProblem problem) {
    int updated =
        jdbc.sql(
                """
                update desk.wechat_kf_account set error_code = ?, error_reason = ?
                 where account_id = ? and user_id = ?""")
            .params(errcode, problem.code(), accountId, userId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              """
              insert into desk.wechat_kf_account
                     (account_id, user_id, kf_account, nickname, error_code, error_reason)
              values (?, ?, ?, ?, ?, ?)""")
          .params(accountId, userId, kfAccount, nickname, errcode, problem.code())
          .update();
    }
  }

  /** WeChat refused to send under this kf_account: it no longer works until synchronised again. */
  void refusedAtSend(long accountId, String kfAccount, int errcode) {
    jdbc.sql(
            """
            update desk.wechat_kf_account set error_code = ?, error_reason = ?
             where account_id = ? and kf_account = ?""")
        .params(errcode, KfProblem.ofErrcode(errcode).code(), accountId, kfAccount)
        .update();
  }

  private AgentKfAccount agent(ResultSet rs, int row) throws SQLException {
    Integer errcode = rs.getObject("error_code", Integer.class);
    return new AgentKfAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("avatar_url"),
        rs.getString("kf_account"),
        rs.getString("nickname"),
        rs.getString("synced_avatar_url"),
        DbTime.read(rs, "synced_at"),
        errcode,
        rs.getString("error_reason"));
  }
}
