package org.wechatdesk.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.tag.FanTags;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Builds the visitor panel's profile; ratings are the ones the survey stored on each conversation.
 */
@ReadModel({
  "desk.conversation",
  "desk.conversation_message",
  "desk.desk_user",
  "desk.fan_profile",
  "desk.outbound_message"
})
@Repository
class VisitorProfiles {

  private static final int EARLIER_CONVERSATIONS = 20;
  private static final int PROACTIVE_MESSAGES = 20;

  private final JdbcClient jdbc;
  private final FanRepository fans;
  private final FanQuota quota;
  private final FanTags tags;
  private final CustomerProfileRepository customers;
  private final FlowSettingsRepository flowSettings;
  private final ObjectMapper json;

  VisitorProfiles(
      JdbcClient jdbc,
      FanRepository fans,
      FanQuota quota,
      FanTags tags,
      CustomerProfileRepository customers,
      FlowSettingsRepository flowSettings,
      ObjectMapper json) {
    this.jdbc = jdbc;
    this.fans = fans;
    this.quota = quota;
    this.tags = tags;
    this.customers = customers;
    this.flowSettings = flowSettings;
    this.json = json;
  }

  VisitorProfile of(Conversation conversation) {
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    Known known =
        jdbc.sql("select nickname, avatar_url, region from desk.fan_profile where fan_id = ?")
            .param(fan.id())
            .query(
                (rs, n) ->
                    new Known(
                        rs.getString("nickname"),
                        rs.getString("avatar_url"),
                        rs.getString("region")))
            .optional()
            .orElse(new Known(null, null, null));
    CustomerProfile flags = customers.find(fan.id());
    return new VisitorProfile(
        fan.id(),
        fan.accountId(),
        fan.openid(),
        known.nickname(),
        known.avatarUrl(),
        known.region(),
        fan.subscribed(),
        fan.firstSeenAt(),
        tags.of(fan.id()),
        owner(flags.ownerAgentId()),
        flags.vip(),
        flags.designated(),
        quota.of(fan),
        rating(conversation),
        earlier(conversation),
        proactive(fan.id()));
  }

  private VisitorProfile.OwnerAgent owner(Long agentId) {
    if (agentId == null) {
      return null;
    }
    return jdbc.sql("select id, username, display_name from desk.desk_user where id = ?")
        .param(agentId)
        .query(
            (rs, n) ->
                new VisitorProfile.OwnerAgent(
                    rs.getLong("id"), rs.getString("username"), rs.getString("display_name")))
        .optional()
        .orElse(null);
  }

  private VisitorProfile.Rating rating(Conversation conversation) {
    if (conversation.rating() == null) {
      return null;
    }
    List<String> labels = flowSettings.forAccount(conversation.accountId()).surveyLabels();
    return new VisitorProfile.Rating(
        conversation.rating(), label(labels, conversation.rating()), conversation.solved());
  }

  private static String label(List<String> labels, Integer rating) {
    return rating != null && rating >= 1 && rating <= labels.size() ? labels.get(rating - 1) : null;
  }

  private List<VisitorProfile.PastConversation> earlier(Conversation current) {
    List<String> labels = flowSettings.forAccount(current.accountId()).surveyLabels();
    return jdbc.sql(
            """
            select id, started_at, ended_at, agent_username, end_reason, rating, solved from desk.conversation
             where fan_id = ? and id <> ? order by id desc fetch first ? rows only""")
        .params(current.fanId(), current.id(), EARLIER_CONVERSATIONS)
        .query(
            (rs, n) -> {
              Integer rating = rs.getObject("rating", Integer.class);
              String label = label(labels, rating);
              return new VisitorProfile.PastConversation(
                  rs.getLong("id"),
                  DbTime.read(rs, "started_at"),
                  DbTime.read(rs, "ended_at"),
                  rs.getString("agent_username"),
                  rs.getString("end_reason"),
                  rating,
                  label,
                  rs.getObject("solved", Boolean.class));
            })
        .list();
  }

  /**
   * What agents sent from the fan list: outbox rows of a person that no conversation line points
   * to.
   */
  private List<VisitorProfile.ProactiveMessage> proactive(long fanId) {
    return jdbc.sql(
            """
            select o.id, o.kind, o.payload, o.requested_by,
                   case o.status when 'SENDING' then 'PENDING' else o.status end as status, o.created_at
              from desk.outbound_message o
             where o.fan_id = ? and o.requested_by is not null and o.kind <> 'TYPING'
               and not exists (select 1 from desk.conversation_message m where m.outbound_id = o.id)
             order by o.id desc fetch first ? rows only""")
        .params(fanId, PROACTIVE_MESSAGES)
        .query(
            (rs, n) ->
                new VisitorProfile.ProactiveMessage(
                    rs.getLong("id"),
                    rs.getString("kind"),
                    textOf(rs.getString("payload")),
                    rs.getString("requested_by"),
                    rs.getString("status"),
                    DbTime.read(rs, "created_at")))
        .list();
  }

  private String textOf(String payload) {
    try {
      JsonNode text = json.readTree(payload).path("text");
      return text.isTextual() ? text.asText() : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private record Known(String nickname, String avatarUrl, String region) {}
}
