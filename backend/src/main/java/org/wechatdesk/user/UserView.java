package org.wechatdesk.user;

import org.springframework.lang.Nullable;
import org.wechatdesk.system.Role;

/** A desk user as the admin console shows it: never the password hash. */
public record UserView(
    long id,
    String username,
    String displayName,
    Role role,
    boolean enabled,
    @Nullable String avatarUrl) {}
