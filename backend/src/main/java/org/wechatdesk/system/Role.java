package org.wechatdesk.system;

import org.springframework.security.core.Authentication;

public enum Role {
  ADMIN,
  AGENT;

  /** Whether the signed-in user is an admin, who may act on every account's objects. */
  public static boolean isAdmin(Authentication user) {
    return user.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + ADMIN.name()));
  }
}
