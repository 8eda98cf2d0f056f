package org.wechatdesk.channel.h5;

import java.security.SecureRandom;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.system.ReadModel;

/**
 * Which H5 cookie of a fan still holds: each sign-in draws a new serial for the fan, and only the
 * cookie that carries it is taken, with the account's web authorization as it was when the cookie
 * was issued.
 */
@ReadModel({"desk.fan", "desk.official_account"})
@Repository
class VisitorCookieSerials {

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  VisitorCookieSerials(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new serial for the fan; the fan's earlier cookies no longer hold. */
  long next(long fanId) {
    long serial = random.nextLong();
    jdbc.sql(
            """
            merge into desk.h5_cookie_serial s
            using (values (cast(? as bigint), cast(? as bigint))) as drawn (fan_id, serial)
               on s.fan_id = drawn.fan_id
             when matched then update set serial = drawn.serial
             when not matched then insert (fan_id, serial) values (drawn.fan_id, drawn.serial)""")
        .params(fanId, serial)
        .update();
    return serial;
  }

  /** The fan's current serial and the account's web authorization, if the fan is the account's. */
  Optional<Standing> standing(long accountId, long fanId) {
    return jdbc.sql(
            """
            select s.serial, a.h5_authorization
              from desk.fan f
              join desk.official_account a on a.id = f.account_id
              left join desk.h5_cookie_serial s on s.fan_id = f.id
             where f.id = ? and a.id = ?""")
        .params(fanId, accountId)
        .query(
            (rs, n) ->
                new Standing(
                    rs.getObject("serial", Long.class),
                    H5Authorization.valueOf(rs.getString("h5_authorization"))))
        .optional();
  }

  record Standing(Long serial, H5Authorization authorization) {

    boolean admits(long cookieSerial, H5Authorization cookieAuthorization) {
      return serial != null && serial == cookieSerial && authorization == cookieAuthorization;
    }
  }
}
