package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * The template message that invites a rating after the end, and the rating page its link opens:
 * what the fake WeChat API receives, and what the page lets a fan without a login do with the
 * link's token.
 */
class RatingTemplateTest extends ConversationScenario {

  private static final String TEMPLATE_ID = "TPL_rating_invite";

  private void templateOn() {
    settings(Map.of("surveyTemplateEnabled", true, "surveyTemplateId", TEMPLATE_ID));
  }

  private List<JsonNode> templatesTo(String openid) {
    return wechat().calls(FakeWeChatApi.TEMPLATE_SEND).stream()
        .map(FakeWeChatApi.Call::json)
        .filter(body -> body.path("touser").asText().equals(openid))
        .toList();
  }

  private Conversation endedBy(Agent agent, String fan) {
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    agentReplies(conversation, agent, "您好");
    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    return conversation;
  }

  private static String token(JsonNode template) {
    String url = template.path("url").asText();
    return url.substring(url.indexOf("/#/rate/") + "/#/rate/".length());
  }

  private ResultActions rate(String token, String body) throws Exception {
    return mvc.perform(
        post("/api/rating-page/" + token)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  @Test
  void afterTheEndATemplateMessageLinksToTheRatingPage() {
    templateOn();
    Agent agent = agent(queueId, 1);
    String fan = fan();
    Conversation conversation = endedBy(agent, fan);

    await("the template message reaches WeChat", () -> templatesTo(fan).size() == 1);
    JsonNode template = templatesTo(fan).get(0);
    assertThat(template.path("template_id").asText()).isEqualTo(TEMPLATE_ID);
    assertThat(template.path("url").asText()).startsWith("http").contains("/#/rate/");
    assertThat(token(template)).hasSizeGreaterThanOrEqualTo(43);
    assertThat(template.path("data").path("keyword1").path("value").asText())
        .isEqualTo("座席 " + agent.username());
    assertThat(template.path("data").path("first").path("value").asText())
        .contains(account.account().name());
    assertThat(template.path("data").path("keyword2").path("value").asText())
        .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d");
    assertThat(messages.forConversation(conversation.id()))
        .anySatisfy(m -> assertThat(m.kind()).isEqualTo("TEMPLATE"));
    await(
        "a template message spends no customer-service quota, only the texts do",
        () ->
            jdbc.sql("select window_sent from desk.fan where openid = ?")
                    .param(fan)
                    .query(Integer.class)
                    .single()
                == textsTo(fan).size());
  }

  /**
   * 满意度评价 "用于访客对座席的服务进行评价" and 模版消息 "当座席与访客沟通结束后": a visitor who gave up the queue (放弃排队) was
   * served by no agent, so there is nothing to rate: no survey and no template message.
   */
  @Test
  void aVisitorWhoGaveUpTheQueueIsNotAskedToRate() {
    templateOn();
    agent(queueId, 1);
    String waiting = fanWaitingInTheQueue();
    Conversation queued = conversationOf(waiting);

    fanWrites(waiting, FlowSettings.defaults().giveUpKeyword());
    conversationOf(waiting);
    assertThat(reload(queued).endReason()).isEqualTo(Conversation.EndReason.VISITOR_GAVE_UP);
    assertThat(textsTo(waiting))
        .contains(FlowSettings.defaults().giveUpText())
        .noneMatch(text -> text.startsWith(FlowSettings.defaults().surveyInviteText()));
    assertThat(messages.forConversation(queued.id())).noneMatch(m -> m.kind().equals("TEMPLATE"));
    assertThat(reload(queued).surveyInvitedAt()).isNull();
  }

  @Test
  void noTemplateWhenSwitchedOff() {
    Agent agent = agent(queueId, 2);
    String quiet = fan();
    endedBy(agent, quiet);

    templateOn();
    String control = fan();
    endedBy(agent, control);
    await("the control fan's template goes out", () -> templatesTo(control).size() == 1);
    assertThat(templatesTo(quiet)).as("switched off when that conversation ended").isEmpty();
  }

  @Test
  void theRatingPageTakesTheLastRatingWhileTheInvitationIsOpen() throws Exception {
    settings(
        Map.of(
            "surveyTemplateEnabled",
            true,
            "surveyTemplateId",
            TEMPLATE_ID,
            "surveySolvedQuestion",
            "REQUIRED"));
    Agent agent = agent(queueId, 1);
    String fan = fan();
    Conversation conversation = endedBy(agent, fan);
    await("the template message reaches WeChat", () -> templatesTo(fan).size() == 1);
    String token = token(templatesTo(fan).get(0));

    mvc.perform(get("/api/rating-page/" + token))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accountName").value(account.account().name()))
        .andExpect(
            jsonPath("$.labels.length()").value(FlowSettings.defaults().surveyLabels().size()))
        .andExpect(jsonPath("$.solvedQuestion").value("REQUIRED"))
        .andExpect(jsonPath("$.open").value(true))
        .andExpect(jsonPath("$.rating").doesNotExist());

    rate(token, "{\"rating\":4}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.solved").exists());
    rate(token, "{\"rating\":6,\"solved\":true}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.rating.code").value("input.range"))
        .andExpect(jsonPath("$.fields.rating.params.min").value(1))
        .andExpect(jsonPath("$.fields.rating.params.max").value(5));
    rate(token, "{\"rating\":4,\"solved\":true}")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rating").value(4));
    rate(token, "{\"rating\":2,\"solved\":false}").andExpect(status().isOk());
    assertThat(reload(conversation).rating()).as("the last rating counts").isEqualTo(2);
    assertThat(reload(conversation).solved()).isFalse();
    assertThat(messages.forConversation(conversation.id()))
        .filteredOn(m -> m.kind().equals("RATING"))
        .hasSize(2);

    advanceSeconds(
        conversation,
        Duration.ofMinutes(FlowSettings.defaults().surveyExpiryMinutes()).toSeconds() + 1);
    rate(token, "{\"rating\":5,\"solved\":true}").andExpect(status().isGone());
    mvc.perform(get("/api/rating-page/" + token))
        .andExpect(jsonPath("$.open").value(false))
        .andExpect(jsonPath("$.rating").value(2));
    assertThat(reload(conversation).rating()).isEqualTo(2);
  }

  @Test
  void aRatingLinkTakesWholeNumbersAndAFewChangesNoMore() throws Exception {
    templateOn();
    Agent agent = agent(queueId, 1);
    String fan = fan();
    Conversation conversation = endedBy(agent, fan);
    await("the template message reaches WeChat", () -> templatesTo(fan).size() == 1);
    String token = token(templatesTo(fan).get(0));

    rate(token, "{\"rating\":1.5}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.rating").exists());
    rate(token, "{\"rating\":\"3\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.rating").exists());
    rate(token, "{\"rating\":3,\"solved\":\"yes\"}")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.solved").exists());
    assertThat(reload(conversation).rating()).isNull();

    rate(token, "{\"rating\":3}").andExpect(status().isOk());
    rate(token, "{\"rating\":3}").andExpect(status().isOk());
    assertThat(ratingLines(conversation)).as("the same rating again changes nothing").isEqualTo(1);

    int refused = 0;
    for (int i = 0; i < 30; i++) {
      int status =
          rate(token, "{\"rating\":" + (i % 2 == 0 ? 5 : 4) + "}")
              .andReturn()
              .getResponse()
              .getStatus();
      refused += status == 429 ? 1 : 0;
    }
    assertThat(ratingLines(conversation)).isEqualTo(5);
    assertThat(refused)
        .as(
            "after the fifth rating every change is refused; asking again for the rating already"
                + " recorded changes nothing and is not refused")
        .isEqualTo(13);
    assertThat(reload(conversation).rating()).as("the last accepted rating").isEqualTo(4);
  }

  private long ratingLines(Conversation conversation) {
    return messages.forConversation(conversation.id()).stream()
        .filter(m -> m.kind().equals("RATING"))
        .count();
  }

  @Test
  void anUnknownLinkIsNotFoundAndAgentsCannotSendTemplates() throws Exception {
    mvc.perform(get("/api/rating-page/not-a-real-token")).andExpect(status().isNotFound());
    rate("not-a-real-token", "{\"rating\":1}").andExpect(status().isNotFound());

    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    mvc.perform(
            post("/api/conversations/" + conversation.id() + "/messages")
                .with(realCsrf())
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user(agent.username())
                        .roles("AGENT"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"TEMPLATE\",\"idempotencyKey\":\"template-attempt-1\","
                        + "\"content\":{\"templateId\":\"x\",\"templateData\":{\"a\":\"b\"}}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.kind").exists());
  }
}
