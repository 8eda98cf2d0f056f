package org.wechatdesk.conversation.leftmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.H5Browser;

/**
 * A message left out of hours by an anonymous visitor of the H5 page (the account's H5 page takes
 * visitors without WeChat's web authorization): WeChat does not know them, so the answer goes to
 * the page, where the visitor reads it when they come back with their cookie; a different browser
 * is a different visitor and does not.
 */
class PageLeftMessageTest extends LeaveMessageScenario {

  @Test
  void theAnswerToAnAnonymousVisitorWaitsOnTheirPage() throws Exception {
    accountService.setH5Authorization(account.account().id(), H5Authorization.NONE);
    Agent agent = agent(queueId, 2);
    H5Browser phone = new H5Browser(baseUrl());
    assertThat(H5Browser.location(phone.get("/h5/" + account.account().appId())))
        .isEqualTo("/#/h5");
    phone.send("POST", "/api/h5/messages", "{\"clientId\":\"left-00001\",\"text\":\"请回电话给我\"}");
    String openid =
        jdbc.sql("select openid from desk.fan where account_id = ? and web_visitor")
            .param(account.account().id())
            .query(String.class)
            .single();
    Conversation left = conversationOf(openid);
    assertThat(left.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    assertThat(left.channel()).isEqualTo(FanChannel.H5);
    long id =
        jdbc.sql("select id from desk.left_message where conversation_id = ?")
            .param(left.id())
            .query(Long.class)
            .single();
    assertThat(todos(as(agent)).get(0).get("leftOn").asText()).isEqualTo("H5");
    assertThat(todos(as(agent)).get(0).get("webVisitor").asBoolean()).isTrue();
    int sendsBefore = wechat().calls(FakeWeChatApi.SEND).size();

    answer(id, "您好，我们已给您回电", "answer-page-1", as(agent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HANDLED"));

    Conversation answer = conversationOf(openid);
    assertThat(answer.id()).isNotEqualTo(left.id());
    assertThat(answer.channel()).isEqualTo(FanChannel.H5);
    assertThat(answer.agentUsername()).isEqualTo(agent.username());
    assertThat(reload(left).status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(wechat().calls(FakeWeChatApi.SEND)).hasSize(sendsBefore);

    assertThat(H5Browser.location(phone.get("/h5/" + account.account().appId())))
        .as("the visitor comes back with their cookie")
        .isEqualTo("/#/h5");
    await("the page shows the answer", () -> phone.messageTexts().contains("您好，我们已给您回电"));
    assertThat(phone.messageTexts()).contains("请回电话给我");

    H5Browser otherBrowser = new H5Browser(baseUrl());
    otherBrowser.get("/h5/" + account.account().appId());
    assertThat(otherBrowser.messageTexts()).doesNotContain("您好，我们已给您回电");
  }
}
