package org.wechatdesk.user;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class DeskUserDetailsService implements UserDetailsService {

  private final DeskUserRepository users;

  DeskUserDetailsService(DeskUserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    DeskUser user =
        users
            .findByUsername(username)
            .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    return User.withUsername(user.username())
        .password(user.passwordHash())
        .roles(user.role().name())
        .disabled(!user.enabled())
        .build();
  }
}
