package org.wechatdesk.fan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.ReadModel;
import org.wechatdesk.system.Role;

/**
 * Who may read or change one fan's data (the fan, its tags, what was sent to it): admins any fan's,
 * an agent only a fan they serve or served in a conversation. The fan list is open to every agent
 * by design: any agent may start a conversation with any fan (发起会话), and the list is where they
 * find the fan.
 */
@ReadModel({"desk.conversation"})
@Component
public class FanAccess {

  private final JdbcClient jdbc;

  FanAccess(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void requireServes(long fanId, Authentication user) {
    if (!Role.isAdmin(user) && !servedBy(fanId, user.getName())) {
      throw new AccessDeniedException("not a fan of this agent's conversations");
    }
  }

  private boolean servedBy(long fanId, String username) {
    return jdbc.sql(
                "select count(*) from desk.conversation where fan_id = ? and agent_username = ?")
            .params(fanId, username)
            .query(Integer.class)
            .single()
        > 0;
  }
}
