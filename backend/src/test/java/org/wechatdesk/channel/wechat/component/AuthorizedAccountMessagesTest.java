package org.wechatdesk.channel.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.TestComponent;
import org.wechatdesk.support.WeChatPush;

/**
 * A fan of an account bound by QR code writes: the push comes to the platform's message URL, sealed
 * with the platform's keys, and takes the developer-mode way (inbox, flow, routing, an agent); the
 * agent's reply goes out through the outbox with the authorizer access token.
 */
class AuthorizedAccountMessagesTest extends ConversationScenario {

  private TestComponent platform;
  private TestComponent.Authorizer authorizer;

  @BeforeEach
  @Override
  protected void accountRoutedToOneQueue() {
    now = Instant.parse("2030-01-01T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    platform = new TestComponent(mvc, WECHAT, baseUrl()).ready();
    authorizer = platform.newAuthorizer(2, 0, List.of(1, 4));
    platform.authorize(authorizer.appId());
    OfficialAccount bound = accountService.get(accountId());
    account = new TestAccount(bound, platform.messagesOf(bound.appId(), bound.originalId()));
    queueId = queues.insert("授权 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    navigations.saveAccountRouting(new AccountRouting(bound.id(), queueId, null));
  }

  @Test
  void theFansMessageReachesAnAgentAndTheReplyGoesOutWithTheAuthorizerToken() {
    Agent agent = agent(queueId, 3);
    String fan = fan();

    fanWrites(fan, "你好，扫码授权的号");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(conversation.agentId()).isEqualTo(agent.id());
    assertThat(conversation.accountId()).isEqualTo(accountId());

    agentReplies(conversation, agent, "您好，这里是客服");

    await(
        "the reply is delivered to the fan",
        () -> WECHAT.deliveries().stream().anyMatch(call -> call.body().contains("您好，这里是客服")));
    FakeWeChatApi.Call sent =
        WECHAT.deliveries().stream()
            .filter(call -> call.body().contains("您好，这里是客服"))
            .findFirst()
            .orElseThrow();
    assertThat(sent.json().path("touser").asText()).isEqualTo(fan);
    assertThat(sent.query().get("access_token")).startsWith("TOKEN_" + authorizer.appId());
    assertThat(WECHAT.calls(FakeWeChatApi.AUTHORIZER_TOKEN)).isNotEmpty();
    assertThat(WECHAT.calls(FakeWeChatApi.TOKEN)).isEmpty();
    assertThat(WECHAT.calls(FakeWeChatApi.STABLE_TOKEN)).isEmpty();
  }

  @Test
  void aRepeatedPushIsStoredOnce() {
    String fan = fan();
    WeChatPush push = account.push();
    WeChatPush.Signed signed = push.sign(push.textXml(fan, "只算一次", WeChatPush.nextMsgId()));
    assertThat(push.post(signed).statusCode()).isEqualTo(200);
    assertThat(push.post(signed).statusCode()).isEqualTo(200);
    conversationOf(fan);
    assertThat(
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                .param(fan)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void pushesSealedWithTheAccountsOwnKeysOrSentToTheDeveloperUrlAreRefused() {
    OfficialAccount bound = account.account();
    WeChatPush forged =
        new WeChatPush(
            baseUrl() + "/wechat/component/" + bound.appId() + "/messages",
            TestComponent.APP_ID,
            bound.originalId(),
            "notThePlatformsToken",
            TestComponent.AES_KEY);
    String fan = fan();
    assertThat(forged.post(forged.sign(forged.textXml(fan, "x", 1))).statusCode()).isEqualTo(403);

    // An account bound by QR code has no Token of its own: an empty one must not open its push URL.
    WeChatPush developerUrl =
        new WeChatPush(
            baseUrl() + "/wechat/push/" + bound.appId(),
            bound.appId(),
            bound.originalId(),
            "",
            TestComponent.AES_KEY);
    HttpResponse<String> refused =
        developerUrl.post(developerUrl.sign(developerUrl.textXml(fan, "x", 2)));
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                .param(fan)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anAccountBoundForWebAuthorizationOnlyStartsNothingFromPushes() {
    TestComponent.Authorizer webOnly = platform.newAuthorizer(2, 0, List.of(4));
    platform.authorize(webOnly.appId());
    WeChatPush push = platform.messagesOf(webOnly.appId(), webOnly.originalId());
    String fan = fan();

    assertThat(push.post(push.sign(push.textXml(fan, "你好", WeChatPush.nextMsgId()))).statusCode())
        .isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                .param(fan)
                .query(Long.class)
                .single())
        .isZero();
  }

  private long accountId() {
    return jdbc.sql("select id from desk.official_account where app_id = ?")
        .param(authorizer.appId())
        .query(Long.class)
        .single();
  }
}
