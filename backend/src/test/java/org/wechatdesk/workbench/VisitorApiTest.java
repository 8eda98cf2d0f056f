package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.fan.tag.FanTags;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.Role;

/**
 * The visitor panel's profile, the fan list, and proactive messages refused when WeChat would
 * refuse them.
 */
class VisitorApiTest extends ConversationScenario {

  @Autowired CustomerProfileRepository customers;
  @Autowired AgentEventLog events;
  @Autowired FanTags fanTags;

  @Test
  void theVisitorProfileShowsFlagsTagsAndEarlierConversationsWithTheirRatings() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "第一次");
    Conversation first = conversationOf(fan);
    actions.end(first.id(), new AgentActions.Actor(agent.username(), false));
    await("the first conversation ends", () -> !reload(first).open());
    jdbc.sql("update desk.conversation set rating = 2, solved = true where id = ?")
        .param(first.id())
        .update();
    customers.save(new CustomerProfile(first.fanId(), agent.id(), true, false));
    fanWrites(fan, "又来了");
    await("a second conversation starts", () -> conversationOf(fan).id() != first.id());
    Conversation second = conversationOf(fan);

    visitor(second.id(), agent.username(), false)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openid").value(fan))
        .andExpect(jsonPath("$.region").doesNotExist())
        .andExpect(jsonPath("$.vip").value(true))
        .andExpect(jsonPath("$.designated").value(false))
        .andExpect(jsonPath("$.owner.username").value(agent.username()))
        .andExpect(jsonPath("$.tags.tags").isEmpty())
        .andExpect(jsonPath("$.earlierConversations[0].id").value(first.id()))
        .andExpect(jsonPath("$.earlierConversations[0].rating").value(2))
        .andExpect(jsonPath("$.earlierConversations[0].ratingLabel").value("满意"))
        .andExpect(jsonPath("$.earlierConversations[0].solved").value(true));
  }

  /**
   * Whatever the panel shows and changes on the server tells the workbench of every agent whose
   * list holds the fan's conversation, so that the panel is read again without a reload.
   */
  @Test
  void aRatingInTheChatTagsAndFlagsEachTellTheAgentsPanel() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    AgentActions.Actor actor = new AgentActions.Actor(agent.username(), false);
    actions.inviteSurvey(conversation.id(), actor);
    long before = lastEvent(agent);

    fanWrites(fan, "1");

    await("the rating is stored", () -> reload(conversation).rating() != null);
    assertThat(visitorEventsAfter(agent, before)).isEqualTo(1);
    visitor(conversation.id(), agent.username(), false)
        .andExpect(jsonPath("$.rating.rating").value(1))
        .andExpect(jsonPath("$.rating.label").isNotEmpty());

    long afterRating = lastEvent(agent);
    fanTags.replace(conversation.fanId(), List.of("回头客"));
    assertThat(visitorEventsAfter(agent, afterRating)).isEqualTo(1);

    long afterTags = lastEvent(agent);
    String admin = "admin-" + System.nanoTime();
    users.insert(admin, encoder.encode("pw"), "管理员", Role.ADMIN);
    mvc.perform(
            put("/api/admin/customers/" + conversation.fanId())
                .with(user(admin).roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ownerAgentId\":null,\"vip\":true,\"designated\":false}"))
        .andExpect(status().isOk());
    assertThat(visitorEventsAfter(agent, afterTags)).isEqualTo(1);
  }

  private long lastEvent(Agent agent) {
    return events.latestId(agent.username());
  }

  private long visitorEventsAfter(Agent agent, long afterId) {
    return events.after(agent.username(), afterId, 100).stream()
        .filter(event -> event.type() == WorkbenchEvent.Type.VISITOR_CHANGED)
        .count();
  }

  @Test
  void nicknameAndAvatarComeFromWeChatOnceAndBlanksStayUnknown() throws Exception {
    Agent agent = agent(queueId, 2);
    String known = fan();
    wechat().putUserInfo(known, "李华", "https://thirdwx.qlogo.cn/mmopen/li-hua/132");
    fanWrites(known, "你好");
    Conversation conversation = conversationOf(known);
    await(
        "WeChat's user info is kept",
        () ->
            jdbc.sql("select count(*) from desk.fan_profile where fan_id = ?")
                    .param(conversation.fanId())
                    .query(Long.class)
                    .single()
                == 1);
    fanWrites(known, "还在吗");
    conversationOf(known);
    visitor(conversation.id(), agent.username(), false)
        .andExpect(jsonPath("$.nickname").value("李华"))
        .andExpect(jsonPath("$.avatarUrl").value("https://thirdwx.qlogo.cn/mmopen/li-hua/132"));
    assertThat(wechat().userInfoCallsFor(known)).as("asked once, not at every message").hasSize(1);

    String blank = fan();
    fanWrites(blank, "你好");
    Conversation anonymous = conversationOf(blank);
    await(
        "WeChat's blank answer is kept too",
        () ->
            jdbc.sql("select count(*) from desk.fan_profile where fan_id = ?")
                    .param(anonymous.fanId())
                    .query(Long.class)
                    .single()
                == 1);
    visitor(anonymous.id(), agent.username(), false)
        .andExpect(jsonPath("$.nickname").doesNotExist())
        .andExpect(jsonPath("$.avatarUrl").doesNotExist());
  }

  @Test
  void onlyTheConversationsAgentAndAdminsSeeTheVisitor() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    mvc.perform(get("/api/conversations/" + conversation.id() + "/visitor"))
        .andExpect(status().isUnauthorized());
    visitor(conversation.id(), "stranger" + System.nanoTime(), false)
        .andExpect(status().isForbidden());
    visitor(conversation.id(), "admin", true)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openid").value(fan));
  }

  @Test
  void theFanListFindsFansByOpenidAndTagWithTheirWindow() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    mvc.perform(
            put("/api/fans/" + conversation.fanId() + "/tags")
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"tags\":[\"新品关注\"]}"))
        .andExpect(status().isOk());

    mvc.perform(
            get("/api/fans").param("q", fan.substring(2)).with(user("any-agent").roles("AGENT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].openid").value(fan))
        .andExpect(jsonPath("$.items[0].tags[0]").value("新品关注"))
        .andExpect(jsonPath("$.items[0].quota.remaining").value(Matchers.greaterThan(0)))
        .andExpect(jsonPath("$.items[0].sendRefusal").doesNotExist())
        .andExpect(jsonPath("$.items[0].servingAgent").value(conversation.agentUsername()));
    mvc.perform(
            get("/api/fans")
                .param("accountId", String.valueOf(account.account().id()))
                .param("tag", "新品关注")
                .with(user("any-agent").roles("AGENT")))
        .andExpect(jsonPath("$.items[*].openid").value(Matchers.contains(fan)));
    mvc.perform(get("/api/fans")).andExpect(status().isUnauthorized());
  }

  @Test
  void aProactiveMessageOnceSentTellsTheAgentServingTheFan() throws Exception {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    long before = lastEvent(agent);

    proactive(conversation.fanId(), "proactive-told-1").andExpect(status().isAccepted());

    await(
        "the agent is told of the sent proactive message",
        () -> visitorEventsAfter(agent, before) == 1);
    assertThat(
            events.after(agent.username(), before, 100).stream()
                .filter(event -> event.type() == WorkbenchEvent.Type.VISITOR_CHANGED)
                .map(WorkbenchEvent::conversationId))
        .containsExactly(conversation.id());
  }

  @Test
  void aProactiveMessageIsRefusedWithTheReasonWhenTheWindowIsClosedOrSpent() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    long fanId = conversationOf(fan).fanId();

    proactive(fanId, "proactive-open-1").andExpect(status().isAccepted());

    jdbc.sql("update desk.fan set window_sent = 20 where id = ?").param(fanId).update();
    proactive(fanId, "proactive-spent-1")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("fan.quotaSpent"));

    jdbc.sql("update desk.fan set window_opened_at = ?, window_sent = 0 where id = ?")
        .params(DbTime.of(Instant.now().minus(49, ChronoUnit.HOURS)), fanId)
        .update();
    proactive(fanId, "proactive-closed-1")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("fan.windowClosed"))
        .andExpect(jsonPath("$.fields").doesNotExist());
    proactive(fanId, "proactive-open-1").andExpect(status().isAccepted());
    visitor(conversationOf(fan).id(), "admin", true)
        .andExpect(jsonPath("$.proactiveMessages.length()").value(1))
        .andExpect(jsonPath("$.proactiveMessages[0].text").value("新品到了"))
        .andExpect(jsonPath("$.proactiveMessages[0].requestedBy").value("proactive-admin"));
  }

  private ResultActions visitor(long conversationId, String username, boolean admin)
      throws Exception {
    return mvc.perform(
        get("/api/conversations/" + conversationId + "/visitor")
            .with(user(username).roles(admin ? "ADMIN" : "AGENT")));
  }

  private ResultActions proactive(long fanId, String idempotencyKey) throws Exception {
    return mvc.perform(
        post("/api/fans/" + fanId + "/messages")
            .with(user("proactive-admin").roles("ADMIN"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"kind\":\"TEXT\",\"content\":{\"text\":\"新品到了\"},\"idempotencyKey\":\""
                    + idempotencyKey
                    + "\"}"));
  }
}
