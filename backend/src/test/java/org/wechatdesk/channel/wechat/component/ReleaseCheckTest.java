package org.wechatdesk.channel.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushSignature;
import org.wechatdesk.channel.wechat.inbound.SafeXml;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.TestComponent;
import org.wechatdesk.support.WeChatPush;

/** WeChat's release check (全网发布接入检测) with its first test account, as its document runs it. */
class ReleaseCheckTest extends IntegrationTest {

  private static final String TEST_APP_ID = "wx570bc396a51b8ff8";
  private static final String TEST_ORIGINAL_ID = "gh_3c884a361561";

  private TestComponent platform;
  private WeChatPush testAccount;

  @BeforeEach
  void platformReady() {
    platform = new TestComponent(mvc, WECHAT, baseUrl()).ready();
    testAccount = platform.messagesOf(TEST_APP_ID, TEST_ORIGINAL_ID);
  }

  @Test
  void theTestTextIsAnsweredAtOnceWithTheCallbackText() {
    String fan = "o_release_" + System.nanoTime();

    HttpResponse<String> answer =
        testAccount.post(
            testAccount.sign(
                testAccount.textXml(fan, "TESTCOMPONENT_MSG_TYPE_TEXT", WeChatPush.nextMsgId())));

    assertThat(answer.statusCode()).isEqualTo(200);
    Map<String, String> envelope = SafeXml.parseFields(answer.body());
    String encrypted = envelope.get("Encrypt");
    assertThat(envelope.get("MsgSignature"))
        .isEqualTo(
            PushSignature.of(
                TestComponent.TOKEN, envelope.get("TimeStamp"), envelope.get("Nonce"), encrypted));
    PushCipher.Decrypted reply = new PushCipher(TestComponent.AES_KEY).decrypt(encrypted);
    assertThat(reply.appId()).isEqualTo(TestComponent.APP_ID);
    Map<String, String> text = SafeXml.parseFields(reply.message());
    assertThat(text)
        .containsEntry("ToUserName", fan)
        .containsEntry("FromUserName", TEST_ORIGINAL_ID)
        .containsEntry("MsgType", "text")
        .containsEntry("Content", "TESTCOMPONENT_MSG_TYPE_TEXT_callback");
  }

  @Test
  void anEventOfTheTestAccountIsAnsweredWithItsNameAndFromCallback() throws Exception {
    String fan = "o_release_" + System.nanoTime();

    HttpResponse<String> answer =
        testAccount.post(
            testAccount.sign(
                testAccount.event(fan, "LOCATION", "", java.time.Instant.now().getEpochSecond())));

    Map<String, String> envelope = SafeXml.parseFields(answer.body());
    String text = new PushCipher(TestComponent.AES_KEY).decrypt(envelope.get("Encrypt")).message();
    assertThat(SafeXml.parseFields(text)).containsEntry("Content", "LOCATIONfrom_callback");
  }

  @Test
  void theQueryAuthCodeIsAnsweredEmptyThenThroughTheApiWithTheAuthorizerToken() {
    String fan = "o_release_" + System.nanoTime();
    String code = WECHAT.openPlatform().componentAuthCode(TestComponent.APP_ID, TEST_APP_ID);

    HttpResponse<String> answer =
        testAccount.post(
            testAccount.sign(
                testAccount.textXml(fan, "QUERY_AUTH_CODE:" + code, WeChatPush.nextMsgId())));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEmpty();
    await(
        "the code's answer reaches the test fan",
        () -> WECHAT.deliveries().stream().anyMatch(call -> call.body().contains(fan)));
    FakeWeChatApi.Call sent =
        WECHAT.deliveries().stream()
            .filter(call -> call.body().contains(fan))
            .findFirst()
            .orElseThrow();
    assertThat(sent.json().path("text").path("content").asText()).isEqualTo(code + "_from_api");
    assertThat(sent.query().get("access_token")).startsWith("TOKEN_" + TEST_APP_ID);
    assertThat(
            WECHAT
                .calls(FakeWeChatApi.QUERY_AUTH)
                .get(0)
                .json()
                .path("authorization_code")
                .asText())
        .isEqualTo(code);
  }

  @Test
  void aRealAccountsFanTypingTheTestTextIsNotAnsweredByTheCheck() {
    TestComponent.Authorizer real = platform.newAuthorizer(2, 0, java.util.List.of(1));
    platform.authorize(real.appId());
    WeChatPush push = platform.messagesOf(real.appId(), real.originalId());
    String fan = "o_real_" + System.nanoTime();

    HttpResponse<String> answer =
        push.post(
            push.sign(push.textXml(fan, "TESTCOMPONENT_MSG_TYPE_TEXT", WeChatPush.nextMsgId())));

    assertThat(answer.body()).isEqualTo("success");
    await(
        "the fan's message is stored like any other",
        () ->
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                    .param(fan)
                    .query(Long.class)
                    .single()
                == 1);
  }
}
