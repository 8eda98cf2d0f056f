package org.wechatdesk.routing.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CustomerProfileRepository {

  private final JdbcClient jdbc;

  CustomerProfileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The fan's flags; a fan nobody flagged is an ordinary customer. */
  public CustomerProfile find(long fanId) {
    return jdbc.sql(
            "select fan_id, owner_agent_id, vip, designated from desk.customer_profile where fan_id = ?")
        .param(fanId)
        .query(
            (rs, n) ->
                new CustomerProfile(
                    rs.getLong("fan_id"),
                    rs.getObject("owner_agent_id", Long.class),
                    rs.getBoolean("vip"),
                    rs.getBoolean("designated")))
        .optional()
        .orElseGet(() -> CustomerProfile.ordinary(fanId));
  }

  public void save(CustomerProfile profile) {
    int updated =
        jdbc.sql(
                "update desk.customer_profile set owner_agent_id = ?, vip = ?, designated = ? where fan_id = ?")
            .params(profile.ownerAgentId(), profile.vip(), profile.designated(), profile.fanId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into desk.customer_profile (fan_id, owner_agent_id, vip, designated) values (?, ?, ?, ?)")
          .params(profile.fanId(), profile.ownerAgentId(), profile.vip(), profile.designated())
          .update();
    }
  }
}
