package org.wechatdesk.channel.h5;

import org.springframework.security.core.AuthenticatedPrincipal;

/** A fan on the H5 chat page of one account: who the page's requests act for. */
public record H5Visitor(long accountId, long fanId) implements AuthenticatedPrincipal {

  public static final String ROLE = "FAN";

  @Override
  public String getName() {
    return "fan:" + fanId;
  }
}
