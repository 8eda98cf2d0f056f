package org.wechatdesk.channel.h5;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.wechatdesk.system.FanAuthentication;

/** A fan on the H5 chat page of one account: who the page's requests act for. */
public record H5Visitor(long accountId, long fanId) implements AuthenticatedPrincipal {

  public static final String ROLE = FanAuthentication.ROLE;

  @Override
  public String getName() {
    return "fan:" + fanId;
  }
}
