package org.wechatdesk.user;

import org.wechatdesk.system.Role;

public record DeskUser(
    long id, String username, String passwordHash, String displayName, Role role, boolean enabled) {

  @Override
  public String toString() {
    return "DeskUser[" + username + ", " + role + "]";
  }
}
