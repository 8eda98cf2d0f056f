package org.wechatdesk.user;

import java.time.Instant;

public record DeskUser(long id, String username, String passwordHash, String displayName, Role role,
                       boolean enabled, int failedLogins, Instant lockedUntil) {

  @Override
  public String toString() {
    return "DeskUser[" + username + ", " + role + "]";
  }
}
