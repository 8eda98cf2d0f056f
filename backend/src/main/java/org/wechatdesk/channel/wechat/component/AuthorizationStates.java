package org.wechatdesk.channel.wechat.component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** The states of the authorizations under way; each is taken once, by any node. */
@Repository
class AuthorizationStates {

  /** WeChat's pre_auth_code lives 30 minutes (expires_in 1800): the state as long. */
  static final Duration LIFETIME = Duration.ofMinutes(30);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  AuthorizationStates(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String open() {
    Instant now = clock.instant();
    jdbc.sql("delete from desk.wechat_authorization_state where expires_at < ?")
        .param(DbTime.of(now))
        .update();
    byte[] value = new byte[16];
    random.nextBytes(value);
    String state = HexFormat.of().formatHex(value);
    jdbc.sql("insert into desk.wechat_authorization_state (state, expires_at) values (?, ?)")
        .params(state, DbTime.of(now.plus(LIFETIME)))
        .update();
    return state;
  }

  boolean take(String state) {
    return state != null
        && jdbc.sql(
                    "delete from desk.wechat_authorization_state where state = ? and expires_at >= ?")
                .params(state, DbTime.of(clock.instant()))
                .update()
            == 1;
  }
}
