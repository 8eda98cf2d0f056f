package org.wechatdesk.channel.h5;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/**
 * The {@code state} of each web authorization under way, kept in the database so that any node
 * takes WeChat's return and each state is taken once: a return replayed from a browser's history or
 * a log signs nobody in.
 */
@Repository
class WebAuthorizationStates {

  /** WeChat's code lives five minutes; the state a little longer, for a visitor slow to consent. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  WebAuthorizationStates(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  String open(String appId) {
    Instant now = clock.instant();
    jdbc.sql("delete from desk.h5_authorization_state where expires_at < ?")
        .param(DbTime.of(now))
        .update();
    byte[] value = new byte[16];
    random.nextBytes(value);
    String state = HexFormat.of().formatHex(value);
    jdbc.sql("insert into desk.h5_authorization_state (state, app_id, expires_at) values (?, ?, ?)")
        .params(state, appId, DbTime.of(now.plus(LIFETIME)))
        .update();
    return state;
  }

  /** Whether the state was opened for the account and has not expired; taking it closes it. */
  boolean take(String appId, String state) {
    return jdbc.sql(
                "delete from desk.h5_authorization_state where state = ? and app_id = ? and expires_at >= ?")
            .params(state, appId, DbTime.of(clock.instant()))
            .update()
        == 1;
  }
}
