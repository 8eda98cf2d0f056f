package org.wechatdesk.conversation.leftmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;

/**
 * Reports count a conversation as refused when the flow asked the fan to leave a message instead of
 * queueing them for an agent, once, with the reason (out of hours, or no agent online), and never
 * as served or abandoned, even after the wait ends and an agent answers the message. The flow runs
 * through the real push endpoint; the engine's clock crosses the hours.
 */
class RefusedConversationsTest extends LeaveMessageScenario {

  private static final Instant WEDNESDAY_OPENING = Instant.parse("2030-01-02T01:00:00Z");
  private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");

  @Test
  void outOfHoursTheConversationIsRefusedOnceEvenWhenTheMessageIsAnswered() throws Exception {
    long refusedTodayBefore = wallboard().path("refusedToday").asLong();
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "你们几点上班？");
    Conversation refused = conversationOf(openid);
    assertThat(refused.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    fanWrites(openid, "订单号 2030-0101");
    conversationOf(openid);
    long todo =
        jdbc.sql("select id from desk.left_message where conversation_id = ?")
            .param(refused.id())
            .query(Long.class)
            .single();
    answer(todo, "您好，已为您办理", "refused-answer-1", as(agent)).andExpect(status().isOk());
    assertThat(reload(refused).endReason()).isEqualTo(Conversation.EndReason.MESSAGE_LEFT);

    assertThat(milestones(refused)).containsExactly("STARTED", "REFUSED:OUT_OF_HOURS", "ENDED");
    JsonNode report = report();
    assertThat(report.path("started").asLong()).as("the refused one and the answer").isEqualTo(2);
    assertThat(report.path("served").asLong()).as("the answer only").isEqualTo(1);
    assertThat(report.path("refused").asLong()).isEqualTo(1);
    assertThat(report.path("refusals").path("OUT_OF_HOURS").asLong()).isEqualTo(1);
    assertThat(report.path("refusals").path("NO_AGENT").asLong()).isZero();
    assertThat(report.path("abandonedGaveUp").asLong()).isZero();
    assertThat(report.path("abandonedTimedOut").asLong()).isZero();
    assertThat(csv())
        .contains("conversations,refused,1")
        .contains("refusals,OUT_OF_HOURS,1")
        .contains("refusals,NO_AGENT,0");
    assertThat(wallboard().path("refusedToday").asLong()).isEqualTo(refusedTodayBefore + 1);
  }

  @Test
  void inHoursWithNoAgentOnlineTheConversationIsRefusedForThatReason() throws Exception {
    hours(true);
    inHours();
    Agent away = agent(queueId, 2);
    agents.savePresence(away.id(), AgentStatus.BUSY, 2);
    String openid = fan();
    fanWrites(openid, "有人吗");
    Conversation refused = conversationOf(openid);
    assertThat(refused.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    advanceSeconds(refused, 30 * 60);
    assertThat(reload(refused).status()).isEqualTo(Conversation.Status.ENDED);

    assertThat(milestones(refused)).containsExactly("STARTED", "REFUSED:NO_AGENT", "ENDED");
    JsonNode report = report();
    assertThat(report.path("started").asLong()).isEqualTo(1);
    assertThat(report.path("served").asLong()).isZero();
    assertThat(report.path("refused").asLong()).isEqualTo(1);
    assertThat(report.path("refusals").path("NO_AGENT").asLong()).isEqualTo(1);
    assertThat(report.path("refusals").path("OUT_OF_HOURS").asLong()).isZero();
    assertThat(report.path("abandonedGaveUp").asLong()).isZero();
    assertThat(report.path("abandonedTimedOut").asLong()).isZero();
  }

  @Test
  void inHoursAServedConversationIsNotRefused() throws Exception {
    inHours();
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "你好");
    Conversation served = conversationOf(openid);
    assertThat(served.status()).isEqualTo(Conversation.Status.CHATTING);
    actions.end(served.id(), new AgentActions.Actor(agent.username(), false));

    assertThat(milestones(served)).doesNotContain("REFUSED:OUT_OF_HOURS", "REFUSED:NO_AGENT");
    JsonNode report = report();
    assertThat(report.path("started").asLong()).isEqualTo(1);
    assertThat(report.path("served").asLong()).isEqualTo(1);
    assertThat(report.path("refused").asLong()).isZero();
    assertThat(report.path("refusals").path("OUT_OF_HOURS").asLong()).isZero();
    assertThat(report.path("refusals").path("NO_AGENT").asLong()).isZero();
  }

  /** Tuesday 10:00 in Shanghai. */
  private void inHours() {
    now = Instant.parse("2030-01-01T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private List<String> milestones(Conversation conversation) {
    return jdbc
        .sql(
            """
            select kind || coalesce(':' || detail, '') from desk.conversation_event
             where conversation_id = ? and kind in ('STARTED', 'QUEUED', 'ASSIGNED', 'REFUSED', 'ENDED')
             order by id""")
        .param(conversation.id())
        .query(String.class)
        .list()
        .stream()
        .map(kind -> kind.startsWith("ENDED") ? "ENDED" : kind)
        .toList();
  }

  /**
   * This account's report around today in the desk's zone (events are stamped with the desk's
   * clock, the real one), wide enough that a test run across midnight still finds them.
   */
  private MockHttpServletRequestBuilder reportAt(String path) {
    LocalDate today = LocalDate.now(DESK_ZONE);
    return get(path)
        .param("accountId", String.valueOf(account.account().id()))
        .param("period", "CUSTOM")
        .param("from", today.minusDays(1).toString())
        .param("to", today.plusDays(1).toString())
        .with(user("admin").roles("ADMIN"));
  }

  private JsonNode report() throws Exception {
    return json.readTree(
        mvc.perform(reportAt("/api/reports"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String csv() throws Exception {
    return mvc.perform(reportAt("/api/reports/csv"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private JsonNode wallboard() throws Exception {
    return json.readTree(
        mvc.perform(get("/api/wallboard").with(user("admin").roles("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
