package org.wechatdesk.system;

import org.springframework.security.core.Authentication;

public enum Role {
  ADMIN,
  AGENT,
  /** An agent who also watches every live conversation and steers it (班长). */
  SUPERVISOR;

  /** Whether the signed-in user is an admin, who may act on every account's objects. */
  public static boolean isAdmin(Authentication user) {
    return has(user, ADMIN);
  }

  /** Whether users of this role serve visitors in the workbench, and so have an agent profile. */
  public boolean servesVisitors() {
    return this == AGENT || this == SUPERVISOR;
  }

  private static boolean has(Authentication user, Role role) {
    return user.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
  }
}
