package org.wechatdesk.channel.h5;

import jakarta.servlet.Filter;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.FanAuthentication;

/** H5 page visitors are who their cookie names ({@link VisitorAuthenticationFilter}). */
@Component
class VisitorAuthentication implements FanAuthentication {

  private final VisitorCookie cookie;

  VisitorAuthentication(VisitorCookie cookie) {
    this.cookie = cookie;
  }

  @Override
  public Filter filter() {
    return new VisitorAuthenticationFilter(cookie);
  }
}
