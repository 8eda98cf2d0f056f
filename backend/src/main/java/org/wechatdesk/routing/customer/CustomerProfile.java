package org.wechatdesk.routing.customer;

import org.springframework.lang.Nullable;

/** What an admin set on a fan for routing: 所属座席 (owner), VIP, 指定客户 (designated). */
public record CustomerProfile(
    long fanId, @Nullable Long ownerAgentId, boolean vip, boolean designated) {

  public static CustomerProfile ordinary(long fanId) {
    return new CustomerProfile(fanId, null, false, false);
  }
}
