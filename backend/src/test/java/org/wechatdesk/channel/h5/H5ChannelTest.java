package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.util.UriComponentsBuilder;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.H5Browser;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.TestAudio;
import org.wechatdesk.support.TestImages;
import org.wechatdesk.system.SecretCipher;

/**
 * The H5 chat page as a fan uses it: web authorization against the fake WeChat API (or none),
 * messages from the page through the real endpoint into the conversation flow, and answers shown on
 * the page instead of going through WeChat.
 */
class H5ChannelTest extends ConversationScenario {

  private static final String H5_STATE_COOKIE = "DESK_H5_STATE";

  @Autowired private SecretCipher secrets;
  @Autowired private MediaRepository media;

  @Test
  void anAuthorizedVisitorChatsOnThePageAndTheAnswersStayOffWeChat() throws Exception {
    h5Authorization(H5Authorization.USERINFO);
    Agent agent = agent(queueId, 3);
    String openid = fan();
    WECHAT.putUserInfo(openid, "小红", "https://thirdwx.qlogo.cn/xiaohong.png");
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_userinfo");

    JsonNode session = json(phone.send("GET", "/api/h5/session", null), 200);
    assertThat(session.path("accountName").asText()).isEqualTo(account.account().name());
    assertThat(session.path("visitor").path("nickname").asText()).isEqualTo("小红");
    assertThat(session.path("conversation").isNull()).isTrue();

    assertThat(
            phone
                .send(
                    "POST",
                    "/api/h5/messages",
                    "{\"clientId\":\"c-0001-abcd\",\"text\":\"我的订单 <#12> & 发票\"}")
                .statusCode())
        .isEqualTo(202);
    Conversation conversation = conversationOf(openid);
    assertThat(conversation.channel()).isEqualTo(FanChannel.H5);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(
            jdbc.sql("select window_kind from desk.fan where openid = ?")
                .param(openid)
                .query(String.class)
                .optional())
        .as("WeChat never saw the message: no customer-service window")
        .isEmpty();

    agentReplies(conversation, agent, "您好，发票已开出");
    await(
        "the reply is settled",
        () ->
            jdbc.sql(
                        """
            select count(*) from desk.outbound_message
             where openid = ? and channel = 'H5' and status = 'SENT'""")
                    .param(openid)
                    .query(Long.class)
                    .single()
                >= 2);
    assertThat(WECHAT.calls(FakeWeChatApi.SEND)).noneMatch(call -> call.body().contains(openid));

    List<JsonNode> messages =
        json(phone.send("GET", "/api/h5/messages?after=0", null), 200)
            .path("messages")
            .findParents("id");
    JsonNode mine =
        messages.stream()
            .filter(m -> m.path("from").asText().equals("VISITOR"))
            .findFirst()
            .orElseThrow();
    assertThat(mine.path("text").asText()).isEqualTo("我的订单 <#12> & 发票");
    assertThat(mine.path("clientId").asText()).isEqualTo("c-0001-abcd");
    JsonNode reply = messages.get(messages.size() - 1);
    assertThat(reply.path("from").asText()).isEqualTo("AGENT");
    assertThat(reply.path("text").asText()).isEqualTo("您好，发票已开出");
    assertThat(reply.path("authorName").asText()).isEqualTo("座席 " + agent.username());
    assertThat(messages)
        .as("the visitor is told the agent's display name, not the login")
        .anyMatch(
            m ->
                m.path("from").asText().equals("SYSTEM")
                    && m.path("text").asText().equals("客服 座席 " + agent.username() + " 为您服务。"));

    long lastId = reply.path("id").asLong();
    JsonNode again =
        json(phone.send("GET", "/api/h5/messages?after=" + lastId, null), 200).path("messages");
    assertThat(again.findValues("id"))
        .as("the last seconds come again, for a message that committed late")
        .isNotEmpty()
        .allMatch(id -> id.asLong() <= lastId);
    jdbc.sql(
            "update desk.conversation_message set created_at = created_at - interval '1' minute where conversation_id = ?")
        .param(conversation.id())
        .update();
    assertThat(
            json(phone.send("GET", "/api/h5/messages?after=" + lastId, null), 200)
                .path("messages")
                .size())
        .isZero();
    JsonNode chatting = json(phone.send("GET", "/api/h5/session", null), 200).path("conversation");
    assertThat(chatting.path("status").asText()).isEqualTo("CHATTING");
    assertThat(chatting.path("agent").path("displayName").asText())
        .isEqualTo("座席 " + agent.username());
  }

  @Test
  void anAgentsVoiceAndVideoReachThePageWithTheirFiles() throws Exception {
    h5Authorization(H5Authorization.USERINFO);
    Agent agent = agent(queueId, 3);
    String openid = fan();
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_userinfo");
    phone.send("POST", "/api/h5/messages", "{\"clientId\":\"c-0002-abcd\",\"text\":\"在吗\"}");
    Conversation conversation = conversationOf(openid);
    byte[] mp3 = TestAudio.mp3(3);
    byte[] mp4 = TestAudio.mp4(2048);
    AgentActions.Actor actor = new AgentActions.Actor(agent.username(), false);
    long voice = media.saveUpload(agent.username(), "VOICE", "audio/mpeg", "upload.mp3", mp3);
    long video = media.saveUpload(agent.username(), "VIDEO", "video/mp4", "upload.mp4", mp4);
    actions.reply(
        conversation.id(), actor, OutboundKind.VOICE, OutboundContent.media(voice), "h5-voice-1");
    actions.reply(
        conversation.id(), actor, OutboundKind.VIDEO, OutboundContent.media(video), "h5-video-1");

    List<JsonNode> messages =
        json(phone.send("GET", "/api/h5/messages?after=0", null), 200)
            .path("messages")
            .findParents("id");
    for (var sent : Map.of("VOICE", mp3, "VIDEO", mp4).entrySet()) {
      JsonNode line =
          messages.stream()
              .filter(m -> m.path("kind").asText().equals(sent.getKey()))
              .findFirst()
              .orElseThrow();
      HttpResponse<byte[]> file = phone.getBytes(line.path("mediaUrl").asText());
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.body()).containsExactly(sent.getValue());
    }
    assertThat(WECHAT.calls(FakeWeChatApi.SEND)).noneMatch(call -> call.body().contains(openid));
  }

  @Test
  void aResentMessageIsStoredOnceAndBadInputIsRefusedWithTheField() throws Exception {
    h5Authorization(H5Authorization.BASE);
    String openid = fan();
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_base");

    for (int i = 0; i < 3; i++) {
      assertThat(
              phone
                  .send(
                      "POST", "/api/h5/messages", "{\"clientId\":\"resent-0001\",\"text\":\"在吗\"}")
                  .statusCode())
          .isEqualTo(202);
    }
    conversationOf(openid);
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.inbound_message where openid = ? and channel = 'H5'")
                .param(openid)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    JsonNode badId =
        json(phone.send("POST", "/api/h5/messages", "{\"clientId\":\"x\",\"text\":\"hi\"}"), 400);
    assertThat(badId.at("/fields/clientId/code").asText()).isEqualTo("h5.clientIdFormat");
    JsonNode empty =
        json(
            phone.send("POST", "/api/h5/messages", "{\"clientId\":\"abcdefgh\",\"text\":\" \"}"),
            400);
    assertThat(empty.at("/fields/text/code").asText()).isEqualTo("input.length");
    assertThat(empty.at("/fields/text/params/max").asInt()).isEqualTo(2000);
    JsonNode control =
        json(
            phone.send(
                "POST", "/api/h5/messages", "{\"clientId\":\"abcdefgh\",\"text\":\"a\\u0001\"}"),
            400);
    assertThat(control.at("/fields/text/code").asText()).isEqualTo("input.hiddenCharacters");
    JsonNode tooLong =
        json(
            phone.send(
                "POST",
                "/api/h5/messages",
                "{\"clientId\":\"abcdefgh\",\"text\":\"" + "长".repeat(2001) + "\"}"),
            400);
    assertThat(tooLong.at("/fields/text/code").asText()).isEqualTo("input.length");
  }

  @Test
  void anImageFromThePageReachesTheConversationOnceAndOnlyItsVisitorSeesIt() throws Exception {
    h5Authorization(H5Authorization.BASE);
    agent(queueId, 1);
    String openid = fan();
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_base");
    byte[] png = TestImages.png(3, 2);

    for (int i = 0; i < 2; i++) {
      assertThat(
              phone
                  .upload(
                      "/api/h5/images",
                      Map.of("clientId", "img-00001"),
                      "file",
                      "photo.png",
                      "image/png",
                      png)
                  .statusCode())
          .isEqualTo(202);
    }
    Conversation conversation = conversationOf(openid);
    assertThat(conversation.channel()).isEqualTo(FanChannel.H5);
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.media where account_id = ? and file_name = 'h5.png'")
                .param(account.account().id())
                .query(Long.class)
                .single())
        .as("the resend kept no second copy")
        .isEqualTo(1);
    assertThat(WECHAT.calls(FakeWeChatApi.MEDIA_GET))
        .as("nothing to download from WeChat")
        .isEmpty();

    JsonNode image =
        json(phone.send("GET", "/api/h5/messages?after=0", null), 200).path("messages").get(0);
    assertThat(image.path("kind").asText()).isEqualTo("IMAGE");
    assertThat(image.path("clientId").asText()).isEqualTo("img-00001");
    HttpResponse<byte[]> shown = phone.getBytes(image.path("mediaUrl").asText());
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(shown.body()).isEqualTo(png);
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.conversation_message where conversation_id = ? and kind = 'IMAGE'")
                .param(conversation.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    H5Browser stranger = signedInThroughWeChat(fan(), "snsapi_base");
    assertThat(stranger.getBytes(image.path("mediaUrl").asText()).statusCode()).isEqualTo(404);

    JsonNode notAnImage =
        json(
            phone.upload(
                "/api/h5/images",
                Map.of("clientId", "img-00002"),
                "file",
                "x.png",
                "image/png",
                "<svg onload=alert(1)>".getBytes()),
            400);
    assertThat(notAnImage.at("/fields/file/code").asText()).isEqualTo("media.imageType");
    JsonNode tooBig =
        json(
            phone.upload(
                "/api/h5/images",
                Map.of("clientId", "img-00003"),
                "file",
                "big.jpg",
                "image/jpeg",
                new byte[2 * 1024 * 1024 + 1]),
            400);
    assertThat(tooBig.at("/fields/file/code").asText()).isEqualTo("media.imageSize");
    assertThat(tooBig.at("/fields/file/params/max").asText()).isEqualTo("2 MB");
    byte[] bomb =
        java.nio.ByteBuffer.allocate(33)
            .put(png, 0, 16)
            .putInt(20_000)
            .putInt(20_000)
            .put(png, 24, 9)
            .array();
    JsonNode tooManyPixels =
        json(
            phone.upload(
                "/api/h5/images",
                Map.of("clientId", "img-00004"),
                "file",
                "bomb.png",
                "image/png",
                bomb),
            400);
    assertThat(tooManyPixels.at("/fields/file/code").asText()).isEqualTo("media.imageDimensions");
    assertThat(tooManyPixels.at("/fields/file/params/width").asInt()).isEqualTo(20_000);
    JsonNode noClientId =
        json(phone.upload("/api/h5/images", Map.of(), "file", "a.png", "image/png", png), 400);
    assertThat(noClientId.path("fields").has("clientId")).isTrue();
  }

  @Test
  void aVisitorSendingFasterThanAPersonIsToldToWait() {
    h5Authorization(H5Authorization.BASE);
    H5Browser phone = signedInThroughWeChat(fan(), "snsapi_base");
    for (int i = 0; i < 40; i++) {
      assertThat(
              phone
                  .send(
                      "POST",
                      "/api/h5/messages",
                      "{\"clientId\":\"burst-" + i + "-x\",\"text\":\"刷屏\"}")
                  .statusCode())
          .isEqualTo(202);
    }
    HttpResponse<String> refused =
        phone.send("POST", "/api/h5/messages", "{\"clientId\":\"burst-41-x\",\"text\":\"刷屏\"}");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body())
        .isEqualTo("{\"code\":\"h5.tooManyMessages\",\"params\":{\"max\":40}}");
  }

  @Test
  void theVisitorsCookieOpensThePageApiOnlyAndAgentsCannotUseThePageApi() {
    h5Authorization(H5Authorization.BASE);
    Agent agent = agent(queueId, 1);
    H5Browser phone = signedInThroughWeChat(fan(), "snsapi_base");

    assertThat(new H5Browser(baseUrl()).send("GET", "/api/h5/session", null).statusCode())
        .isEqualTo(401);
    assertThat(phone.send("GET", "/api/workbench", null).statusCode()).isEqualTo(401);
    assertThat(phone.send("GET", "/api/fans", null).statusCode()).isEqualTo(401);
    assertThat(phone.send("GET", "/api/admin/accounts", null).statusCode()).isEqualTo(401);

    HttpSession agentSession = HttpSession.login(baseUrl(), agent.username(), "pw");
    assertThat(agentSession.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(401);
    assertThat(agentSession.send("GET", "/api/workbench", null).statusCode())
        .as("the agent's login is untouched")
        .isEqualTo(200);

    String sealed = phone.cookie("DESK_H5");
    phone.setCookie("DESK_H5", sealed.substring(0, sealed.length() - 6) + "AAAAAA");
    assertThat(phone.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(401);
  }

  @Test
  void webAuthorizationThatDoesNotHoldSendsTheVisitorToTheFailurePage() {
    h5Authorization(H5Authorization.BASE);
    String appId = account.account().appId();
    WECHAT.authorizeWebVisitorAs(fan(), false);

    H5Browser phone = new H5Browser(baseUrl());
    String toWeChat = H5Browser.location(phone.get("/h5/" + appId));
    String back = backToDesk(H5Browser.location(phone.get(toWeChat)));
    String forgedState =
        UriComponentsBuilder.fromUriString(back).replaceQueryParam("state", "forged").toUriString();
    assertThat(H5Browser.location(phone.get(forgedState))).isEqualTo("/#/h5?failed=oauth");
    assertThat(H5Browser.location(new H5Browser(baseUrl()).get(back)))
        .as("another browser has no state cookie")
        .isEqualTo("/#/h5?failed=oauth");

    String retried = backToDesk(H5Browser.location(phone.get(toWeChat)));
    assertThat(H5Browser.location(phone.get(retried)))
        .as("the state cookie still holds for a new code")
        .isEqualTo("/#/h5");
    String state =
        UriComponentsBuilder.fromUriString(retried).build().getQueryParams().getFirst("state");
    H5Browser replaying = new H5Browser(baseUrl());
    replaying.setCookie(H5_STATE_COOKIE, state);
    String replayed = backToDesk(H5Browser.location(replaying.get(toWeChat)));
    assertThat(H5Browser.location(replaying.get(replayed)))
        .as("a state is taken once, with its cookie and a fresh code")
        .isEqualTo("/#/h5?failed=oauth");
    assertThat(replaying.cookie("DESK_H5")).isNull();
    H5Browser other = new H5Browser(baseUrl());
    String otherToWeChat = H5Browser.location(other.get("/h5/" + appId));
    String otherBack = backToDesk(H5Browser.location(other.get(otherToWeChat)));
    WECHAT.failNext(FakeWeChatApi.OAUTH_ACCESS_TOKEN, 40029);
    assertThat(H5Browser.location(other.get(otherBack)))
        .as("WeChat refuses the code")
        .isEqualTo("/#/h5?failed=oauth");

    WECHAT.authorizeWebVisitorAs(fan(), true);
    H5Browser snapshot = new H5Browser(baseUrl());
    String snapshotBack =
        backToDesk(
            H5Browser.location(snapshot.get(H5Browser.location(snapshot.get("/h5/" + appId)))));
    assertThat(H5Browser.location(snapshot.get(snapshotBack))).isEqualTo("/#/h5?failed=snapshot");
    assertThat(snapshot.cookie("DESK_H5")).isNull();

    HttpResponse<String> unknown = phone.get("/h5/wx0000000000000000");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("没有这个公众号的客服").doesNotContain(" / ");
  }

  @Test
  void anAnonymousVisitorIsServedOnThePageAndNeverThroughWeChat() throws Exception {
    h5Authorization(H5Authorization.NONE);
    settings(Map.of("surveyTemplateEnabled", true, "surveyTemplateId", "tmpl-rating-1"));
    Agent agent = agent(queueId, 2);
    H5Browser phone = new H5Browser(baseUrl());
    HttpResponse<String> entered = phone.get("/h5/" + account.account().appId());
    assertThat(H5Browser.location(entered))
        .as("no web authorization: straight to the page")
        .isEqualTo("/#/h5");
    assertThat(WECHAT.calls(FakeWeChatApi.OAUTH_AUTHORIZE)).isEmpty();
    assertThat(H5Browser.location(phone.get("/h5/" + account.account().appId())))
        .as("the same visitor comes back")
        .isEqualTo("/#/h5");
    assertThat(
            jdbc.sql("select count(*) from desk.fan where account_id = ? and web_visitor")
                .param(account.account().id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    phone.send("POST", "/api/h5/messages", "{\"clientId\":\"anon-00001\",\"text\":\"你好\"}");
    String openid =
        jdbc.sql("select openid from desk.fan where account_id = ? and web_visitor")
            .param(account.account().id())
            .query(String.class)
            .single();
    Conversation conversation = conversationOf(openid);
    assertThat(conversation.channel()).isEqualTo(FanChannel.H5);

    HttpResponse<String> loose =
        HttpSession.login(baseUrl(), "admin", "test-admin-password")
            .send(
                "POST",
                "/api/fans/" + conversation.fanId() + "/messages",
                "{\"kind\":\"TEXT\",\"content\":{\"text\":\"hi\"},\"idempotencyKey\":\"loose-0001\"}");
    assertThat(loose.statusCode()).isEqualTo(409);
    assertThat(loose.body()).contains("\"code\":\"fan.webVisitor\"");

    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    await(
        "the rating link reaches the page",
        () -> phone.messageTexts().stream().anyMatch(t -> t.contains("/#/rate/")));
    assertThat(WECHAT.calls(FakeWeChatApi.TEMPLATE_SEND))
        .noneMatch(call -> call.body().contains(openid));
    assertThat(WECHAT.calls(FakeWeChatApi.SEND)).noneMatch(call -> call.body().contains(openid));
    assertThat(WECHAT.userInfoCallsFor(openid)).isEmpty();
  }

  @Test
  void theConversationFollowsTheFanBetweenWeChatAndThePage() throws Exception {
    h5Authorization(H5Authorization.BASE);
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "微信里问一下");
    Conversation conversation = conversationOf(openid);
    assertThat(conversation.channel()).isEqualTo(FanChannel.WECHAT);

    H5Browser phone = signedInThroughWeChat(openid, "snsapi_base");
    phone.send("POST", "/api/h5/messages", "{\"clientId\":\"moved-0001\",\"text\":\"我到网页上来了\"}");
    assertThat(conversationOf(openid).channel()).isEqualTo(FanChannel.H5);
    assertThat(systemNotices(conversation))
        .contains(TranscriptNotice.of(TranscriptNotice.Code.VISITOR_MOVED, "channel", "H5"));
    agentReplies(conversation, agent, "网页上回复");
    await("the page shows the reply", () -> phone.messageTexts().contains("网页上回复"));

    fanWrites(openid, "还是微信方便");
    assertThat(conversationOf(openid).channel()).isEqualTo(FanChannel.WECHAT);
    agentReplies(conversation, agent, "微信上回复");
    await(
        "WeChat gets the reply",
        () ->
            WECHAT.calls(FakeWeChatApi.SEND).stream()
                .anyMatch(call -> call.body().contains(openid) && call.body().contains("微信上回复")));
    assertThat(WECHAT.calls(FakeWeChatApi.SEND)).noneMatch(call -> call.body().contains("网页上回复"));
  }

  @Test
  void theAdminChoosesTheAuthorizationAndTheAccountShowsTheChatLink() throws Exception {
    String body =
        mvc.perform(
                put("/api/admin/accounts/" + account.account().id() + "/h5-authorization")
                    .with(user("admin").roles("ADMIN"))
                    .with(realCsrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"h5Authorization\":\"USERINFO\"}"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode view = json.readTree(body);
    assertThat(view.path("h5Authorization").asText()).isEqualTo("USERINFO");
    assertThat(view.path("h5ChatUrl").asText()).endsWith("/h5/" + account.account().appId());
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where action = 'account.h5-authorization'")
                .query(Long.class)
                .single())
        .isPositive();

    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/h5-authorization")
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/h5-authorization")
                .with(user("agent").roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"h5Authorization\":\"NONE\"}"))
        .andExpect(status().isForbidden());
  }

  @Test
  void switchingTheAccountsAuthorizationSendsHoldersOfOldCookiesThroughTheNewOne() {
    h5Authorization(H5Authorization.NONE);
    String appId = account.account().appId();
    H5Browser anonymous = new H5Browser(baseUrl());
    assertThat(H5Browser.location(anonymous.get("/h5/" + appId))).isEqualTo("/#/h5");
    assertThat(anonymous.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(200);

    h5Authorization(H5Authorization.BASE);
    assertThat(anonymous.send("GET", "/api/h5/session", null).statusCode())
        .as("the anonymous cookie no longer holds")
        .isEqualTo(401);
    WECHAT.authorizeWebVisitorAs(fan(), false);
    assertThat(H5Browser.location(anonymous.get("/h5/" + appId)))
        .as("the visitor goes through web authorization")
        .startsWith(WECHAT.baseUrl() + FakeWeChatApi.OAUTH_AUTHORIZE);

    H5Browser authorized = signedInThroughWeChat(fan(), "snsapi_base");
    h5Authorization(H5Authorization.USERINFO);
    assertThat(authorized.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(401);
    assertThat(H5Browser.location(authorized.get("/h5/" + appId)))
        .contains("scope=snsapi_userinfo");
  }

  @Test
  void aFansNewerCookieReplacesTheOlderOne() {
    h5Authorization(H5Authorization.BASE);
    String openid = fan();
    H5Browser first = signedInThroughWeChat(openid, "snsapi_base");
    assertThat(first.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(200);

    H5Browser again = signedInThroughWeChat(openid, "snsapi_base");
    assertThat(again.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(200);
    assertThat(first.send("GET", "/api/h5/session", null).statusCode())
        .as("the older cookie no longer holds")
        .isEqualTo(401);
  }

  @Test
  void aCookieSealedWithTheSecretsKeyItselfIsRefused() {
    h5Authorization(H5Authorization.BASE);
    String openid = fan();
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_base");
    long fanId =
        jdbc.sql("select id from desk.fan where openid = ?")
            .param(openid)
            .query(Long.class)
            .single();
    long serial =
        jdbc.sql("select serial from desk.h5_cookie_serial where fan_id = ?")
            .param(fanId)
            .query(Long.class)
            .single();
    String content =
        String.join(
            ":",
            "h5-visitor",
            Long.toString(account.account().id()),
            Long.toString(fanId),
            Long.toString(Instant.now().plus(Duration.ofDays(1)).getEpochSecond()),
            "BASE",
            Long.toString(serial));

    phone.setCookie("DESK_H5", secrets.derive("desk h5 visitor cookie").encrypt(content));
    assertThat(phone.send("GET", "/api/h5/session", null).statusCode())
        .as("sealed as the desk does")
        .isEqualTo(200);
    phone.setCookie("DESK_H5", secrets.encrypt(content));
    assertThat(phone.send("GET", "/api/h5/session", null).statusCode())
        .as("sealed with the secrets key")
        .isEqualTo(401);
  }

  @Test
  void hiddenControlsAreRefusedFromTheVisitorAndLeftOutOfWhatTheVisitorIsShown() throws Exception {
    h5Authorization(H5Authorization.BASE);
    Agent agent = agent(queueId, 1);
    String openid = fan();
    H5Browser phone = signedInThroughWeChat(openid, "snsapi_base");
    for (String hidden : List.of("\\u202e", "\\u2066", "\\u0085", "\\u001b")) {
      JsonNode refused =
          json(
              phone.send(
                  "POST",
                  "/api/h5/messages",
                  "{\"clientId\":\"bidi-00001\",\"text\":\"rtl" + hidden + "gnp.exe\"}"),
              400);
      assertThat(refused.at("/fields/text/code").asText())
          .as(hidden)
          .isEqualTo("input.hiddenCharacters");
    }
    assertThat(
            phone
                .send(
                    "POST",
                    "/api/h5/messages",
                    "{\"clientId\":\"bidi-00002\",\"text\":\"第一行\\n\\t第二行\"}")
                .statusCode())
        .isEqualTo(202);

    jdbc.sql("update desk.desk_user set display_name = ? where username = ?")
        .params("座席\u202E甲", agent.username())
        .update();
    Conversation conversation = conversationOf(openid);
    agentReplies(conversation, agent, "请打开 rtl\u202Egnp.exe\u0085");
    await(
        "the page shows the reply",
        () -> phone.messageTexts().stream().anyMatch(t -> t.startsWith("请打开")));
    JsonNode reply =
        json(phone.send("GET", "/api/h5/messages?after=0", null), 200)
            .path("messages")
            .findParents("id")
            .stream()
            .filter(m -> m.path("from").asText().equals("AGENT"))
            .findFirst()
            .orElseThrow();
    assertThat(reply.path("text").asText()).isEqualTo("请打开 rtlgnp.exe");
    assertThat(reply.path("authorName").asText()).isEqualTo("座席甲");
    assertThat(phone.messageTexts()).noneMatch(text -> text.contains("\u202E"));
    assertThat(
            json(phone.send("GET", "/api/h5/session", null), 200)
                .path("conversation")
                .path("agent")
                .path("displayName")
                .asText())
        .isEqualTo("座席甲");
  }

  @Test
  void oneAddressIsLimitedHoweverManyVisitorsItStarts() throws Exception {
    OfficialAccount withoutRouting = bindAccount().account();
    accountService.setH5Authorization(withoutRouting.id(), H5Authorization.NONE);
    String appId = withoutRouting.appId();
    String address = "198.51.100." + (System.nanoTime() % 200 + 1);
    List<H5Browser> visitors = new java.util.ArrayList<>();
    for (int i = 0; i < 30; i++) {
      H5Browser visitor = H5Browser.behindProxy(baseUrl(), address);
      assertThat(H5Browser.location(visitor.get("/h5/" + appId))).isEqualTo("/#/h5");
      visitors.add(visitor);
    }
    HttpResponse<String> oneTooMany = H5Browser.behindProxy(baseUrl(), address).get("/h5/" + appId);
    assertThat(oneTooMany.statusCode()).isEqualTo(429);
    assertThat(oneTooMany.headers().firstValue("Retry-After")).contains("600");

    for (int v = 0; v < 5; v++) {
      for (int i = 0; i < 40; i++) {
        assertThat(
                visitors
                    .get(v)
                    .send(
                        "POST",
                        "/api/h5/messages",
                        "{\"clientId\":\"addr-" + v + "-" + i + "\",\"text\":\"刷屏\"}")
                    .statusCode())
            .isEqualTo(202);
      }
    }
    HttpResponse<String> refused =
        visitors
            .get(5)
            .send("POST", "/api/h5/messages", "{\"clientId\":\"addr-5-0\",\"text\":\"刷屏\"}");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body())
        .isEqualTo("{\"code\":\"h5.tooManyMessagesFromNetwork\",\"params\":{\"max\":200}}");
  }

  private void h5Authorization(H5Authorization mode) {
    accountService.setH5Authorization(account.account().id(), mode);
  }

  /**
   * The desk sends the phone to WeChat's page, WeChat sends it back with a code, the desk signs the
   * fan in.
   */
  private H5Browser signedInThroughWeChat(String openid, String expectedScope) {
    WECHAT.authorizeWebVisitorAs(openid, false);
    H5Browser phone = new H5Browser(baseUrl());
    String toWeChat = H5Browser.location(phone.get("/h5/" + account.account().appId()));
    assertThat(toWeChat)
        .startsWith(WECHAT.baseUrl() + FakeWeChatApi.OAUTH_AUTHORIZE)
        .contains("appid=" + account.account().appId())
        .contains("scope=" + expectedScope)
        .endsWith("#wechat_redirect");
    String back = backToDesk(H5Browser.location(phone.get(toWeChat)));
    assertThat(H5Browser.location(phone.get(back))).isEqualTo("/#/h5");
    assertThat(phone.cookie("DESK_H5")).isNotNull();
    return phone;
  }

  /**
   * The desk's public address in tests is not the test server's random port: keep the path and
   * query.
   */
  private String backToDesk(String returnUrl) {
    URI uri = URI.create(returnUrl);
    return baseUrl() + uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private JsonNode json(HttpResponse<String> response, int expectedStatus) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
    return json.readTree(response.body());
  }
}
