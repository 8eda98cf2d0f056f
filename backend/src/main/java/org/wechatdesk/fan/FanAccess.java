package org.wechatdesk.fan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who may change a fan's data: admins any fan's, an agent only a fan of one of their own conversations. */
@Component
public class FanAccess {

  private final JdbcClient jdbc;

  FanAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void requireMayEdit(long fanId, Authentication user) {
    if (!isAdmin(user) && !servedBy(fanId, user.getName())) {
      throw new AccessDeniedException("not a fan of this agent's conversations");
    }
  }

  public static boolean isAdmin(Authentication user) {
    return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
  }

  private boolean servedBy(long fanId, String username) {
    return jdbc.sql("select count(*) from desk.conversation where fan_id = ? and agent_username = ?")
        .params(fanId, username).query(Integer.class).single() > 0;
  }
}
