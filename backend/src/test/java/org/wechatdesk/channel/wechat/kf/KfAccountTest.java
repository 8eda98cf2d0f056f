package org.wechatdesk.channel.wechat.kf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.standin.CustomerServiceAccounts;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.TestImages;

/**
 * The seed: fans see the agent's avatar (看到座席头像). WeChat shows a fan the nickname and picture of
 * the customer-service account (客服账号) a message/custom/send names in customservice.kf_account; the
 * desk keeps one per agent and names it in the agent's replies.
 */
class KfAccountTest extends ConversationScenario {

  private static final String WECHAT_ID = "deskdemo_1";

  @Test
  @DisplayName(
      "看到座席头像: an agent's reply names their own kf account, with their nickname and picture")
  void anAgentsReplyReachesTheFanUnderTheirOwnAccount() throws Exception {
    Agent agent = agent(queueId, 3);
    uploadPicture(agent);
    JsonNode saved = json(saveSettings(WECHAT_ID, true).andExpect(status().isOk()));

    String kfAccount = "kf" + agent.id() + "@" + WECHAT_ID;
    JsonNode row = rowOf(saved, agent);
    assertThat(row.path("kfAccount").asText()).isEqualTo(kfAccount);
    assertThat(row.path("syncedAt").isTextual()).isTrue();
    assertThat(row.hasNonNull("errorReason")).as(row.toString()).isFalse();
    CustomerServiceAccounts.Account inWeChat = WECHAT.kfAccount(appId(), kfAccount).orElseThrow();
    String displayName = "座席 " + agent.username();
    assertThat(inWeChat.nickname())
        .as("WeChat takes at most 16 characters of the agent's name")
        .hasSize(16)
        .isEqualTo(displayName.substring(0, 16));
    assertThat(inWeChat.picture()).as("the picture went to WeChat as JPEG").startsWith(0xFF, 0xD8);

    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent, fan);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());

    JsonNode reply = deliveredText(fan, "您好，请问有什么问题？");
    assertThat(reply.path("customservice").path("kf_account").asText()).isEqualTo(kfAccount);
    assertThat(
            WECHAT.deliveries().stream()
                .map(FakeWeChatApi.Call::json)
                .filter(sent -> sent.path("touser").asText().equals(fan))
                .filter(sent -> !sent.path("customservice").isMissingNode())
                .count())
        .as("the desk's automatic texts come from the Official Account itself")
        .isEqualTo(1);
  }

  @Test
  void aKfAccountDeletedInWeChatDoesNotStopTheReply() throws Exception {
    Agent agent = agent(queueId, 3);
    saveSettings(WECHAT_ID, true).andExpect(status().isOk());
    String kfAccount = "kf" + agent.id() + "@" + WECHAT_ID;
    WECHAT.removeKfAccount(appId(), kfAccount);

    String fan = fan();
    chatWaitingForTheVisitor(agent, fan);

    JsonNode reply = deliveredText(fan, "您好，请问有什么问题？");
    assertThat(reply.path("customservice").isMissingNode())
        .as("sent again as the account's own once WeChat refused the kf_account")
        .isTrue();
    JsonNode row = rowOf(json(show()), agent);
    assertThat(row.path("errorCode").asInt()).isEqualTo(65401);
    assertThat(row.path("errorReason").asText()).isEqualTo("kf.problem.account");

    JsonNode again = json(sync());
    assertThat(rowOf(again, agent).hasNonNull("errorReason"))
        .as("同步 adds the account again")
        .isFalse();
    assertThat(WECHAT.kfAccount(appId(), kfAccount)).isPresent();
  }

  @Test
  void anAccountWithoutWeChatsNewCustomerServiceIsToldWhyAndRepliesStillGo() throws Exception {
    Agent agent = agent(queueId, 3);
    WECHAT.kfEnabled(appId(), false);
    try {
      JsonNode row = rowOf(json(saveSettings(WECHAT_ID, true).andExpect(status().isOk())), agent);
      assertThat(row.path("errorCode").asInt()).isEqualTo(65400);
      assertThat(row.path("errorReason").asText()).isEqualTo("kf.problem.notEnabled");

      String fan = fan();
      chatWaitingForTheVisitor(agent, fan);
      assertThat(deliveredText(fan, "您好，请问有什么问题？").path("customservice").isMissingNode()).isTrue();
    } finally {
      WECHAT.kfEnabled(appId(), true);
    }
  }

  @Test
  void switchedOffTheRepliesComeFromTheAccountAgain() throws Exception {
    Agent agent = agent(queueId, 3);
    saveSettings(WECHAT_ID, true).andExpect(status().isOk());
    saveSettings(WECHAT_ID, false).andExpect(status().isOk());

    String fan = fan();
    chatWaitingForTheVisitor(agent, fan);
    assertThat(deliveredText(fan, "您好，请问有什么问题？").path("customservice").isMissingNode()).isTrue();
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where action = 'account.kf-accounts'"
                        + " and target_id = ?")
                .param(String.valueOf(account.account().id()))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void theWeChatIdFollowsWeChatsRuleAndOnlyAdminsChangeIt() throws Exception {
    for (String wrong : List.of("1desk_id", "desk", "desk id!", "a234567890123456789012")) {
      saveSettings(wrong, true)
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.fields.wechatId.code").value("kf.wechatIdFormat"));
    }
    mvc.perform(
            put(path())
                .with(user("agent").roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"wechatId\":\"" + WECHAT_ID + "\",\"enabled\":true}"))
        .andExpect(status().isForbidden());
    mvc.perform(get(path()).with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/accounts/999999999/kf-accounts").with(user("a").roles("ADMIN")))
        .andExpect(status().isNotFound());
  }

  private JsonNode deliveredText(String fan, String text) {
    await(
        "the text reached WeChat",
        () ->
            WECHAT.deliveries().stream()
                .map(FakeWeChatApi.Call::json)
                .anyMatch(sent -> isText(sent, fan, text)));
    return WECHAT.deliveries().stream()
        .map(FakeWeChatApi.Call::json)
        .filter(sent -> isText(sent, fan, text))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isText(JsonNode sent, String fan, String text) {
    return sent.path("touser").asText().equals(fan)
        && sent.path("text").path("content").asText().equals(text);
  }

  private void uploadPicture(Agent agent) throws Exception {
    mvc.perform(
            multipart("/api/admin/users/" + agent.id() + "/avatar")
                .file(new MockMultipartFile("file", "me.png", "image/png", TestImages.png(8, 8)))
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf()))
        .andExpect(status().isOk());
  }

  private ResultActions saveSettings(String wechatId, boolean enabled) throws Exception {
    return mvc.perform(
        put(path())
            .with(user("admin").roles("ADMIN"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"wechatId\":\"" + wechatId + "\",\"enabled\":" + enabled + "}"));
  }

  private ResultActions show() throws Exception {
    return mvc.perform(get(path()).with(user("admin").roles("ADMIN"))).andExpect(status().isOk());
  }

  private ResultActions sync() throws Exception {
    return mvc.perform(post(path() + "/sync").with(user("admin").roles("ADMIN")).with(realCsrf()))
        .andExpect(status().isOk());
  }

  private String path() {
    return "/api/admin/accounts/" + account.account().id() + "/kf-accounts";
  }

  private String appId() {
    return account.account().appId();
  }

  private JsonNode json(ResultActions result) throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static JsonNode rowOf(JsonNode view, Agent agent) {
    for (JsonNode row : view.path("agents")) {
      if (row.path("userId").asLong() == agent.id()) {
        return row;
      }
    }
    throw new AssertionError("no row for " + agent.username() + " in " + view);
  }
}
