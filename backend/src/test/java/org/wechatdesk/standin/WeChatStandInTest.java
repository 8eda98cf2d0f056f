package org.wechatdesk.standin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.wechatdesk.support.MovableClock;

/** WeChat's answers, endpoint by endpoint: the success shape and the errcodes WeChat documents. */
class WeChatStandInTest {

  static final String APP = "wx00000000000000a1";
  static final String SECRET = "00000000000000000000000000secret";
  static final String FAN = "o_fan_1";

  final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
  final WeChatStandIn wechat = new WeChatStandIn(clock);

  {
    wechat.registerApp(APP, SECRET);
  }

  @Nested
  class Tokens {

    @Test
    void theRightSecretGetsATokenForTwoHours() {
      JsonNode answer = token(APP, SECRET).json();

      assertThat(answer.path("access_token").asText()).startsWith("TOKEN_" + APP);
      assertThat(answer.path("expires_in").asLong()).isEqualTo(7200);
      assertThat(answer.has("errcode")).isFalse();
    }

    @Test
    void wrongCredentialsAreRefusedWithWeChatsErrcodes() {
      assertThat(token("wx_unknown", SECRET).errcode()).isEqualTo(40013);
      assertThat(token(APP, "wrong").errcode()).isEqualTo(40125);
      assertThat(token("", SECRET).errcode()).isEqualTo(41002);
      assertThat(token(APP, "").errcode()).isEqualTo(41004);
      assertThat(
              wechat
                  .answer(
                      get(
                          WeChatStandIn.TOKEN,
                          "grant_type",
                          "password",
                          "appid",
                          APP,
                          "secret",
                          SECRET))
                  .errcode())
          .isEqualTo(40002);
      assertThat(
              wechat.answer(StandInRequest.postJson(WeChatStandIn.TOKEN, Map.of(), "{}")).errcode())
          .as("token is a GET")
          .isEqualTo(43001);
    }

    @Test
    void aNewTokenLeavesThePreviousOneFiveMinutes() {
      String first = accessToken();
      String second = accessToken();

      assertThat(menuGet(first).errcode()).isEqualTo(46003);
      clock.move(Duration.ofMinutes(5));
      assertThat(menuGet(first).errcode()).isEqualTo(40001);
      assertThat(menuGet(second).errcode()).isEqualTo(46003);
    }

    @Test
    void aTokenExpiresAfterTwoHours() {
      String token = accessToken();

      clock.move(Duration.ofSeconds(7200));

      assertThat(menuGet(token).errcode()).isEqualTo(42001);
    }

    @Test
    void aMissingOrUnknownTokenIsRefused() {
      assertThat(wechat.answer(get(WeChatStandIn.MENU_GET)).errcode()).isEqualTo(41001);
      assertThat(menuGet("TOKEN_forged").errcode()).isEqualTo(40001);
    }

    @Test
    void theStableTokenStaysUntilAForcedRefreshWhichLeavesTheOldOneFiveMinutes() {
      JsonNode first = stableToken(false).json();
      clock.move(Duration.ofSeconds(100));
      JsonNode again = stableToken(false).json();

      assertThat(again.path("access_token")).isEqualTo(first.path("access_token"));
      assertThat(again.path("expires_in").asLong()).isEqualTo(7100);

      String refreshed = stableToken(true).json().path("access_token").asText();
      assertThat(refreshed).isNotEqualTo(first.path("access_token").asText());
      assertThat(menuGet(first.path("access_token").asText()).errcode()).isEqualTo(46003);
      clock.move(Duration.ofMinutes(5));
      assertThat(menuGet(first.path("access_token").asText()).errcode()).isEqualTo(40001);
      assertThat(menuGet(refreshed).errcode()).isEqualTo(46003);
    }

    @Test
    void theStableTokenChecksTheSecret() {
      StandInResponse answer =
          wechat.answer(
              StandInRequest.postJson(
                  WeChatStandIn.STABLE_TOKEN,
                  Map.of(),
                  "{\"grant_type\":\"client_credential\",\"appid\":\"%s\",\"secret\":\"no\"}"
                      .formatted(APP)));

      assertThat(answer.errcode()).isEqualTo(40125);
    }

    @Test
    void revokedTokensAreInvalid() {
      String token = accessToken();

      wechat.revokeAllTokens();

      assertThat(menuGet(token).errcode()).isEqualTo(40001);
    }
  }

  @Nested
  class Messages {

    @Test
    void aCustomerServiceTextReachesTheFansInbox() {
      StandInResponse answer =
          post(
              WeChatStandIn.SEND,
              "{\"touser\":\"%s\",\"msgtype\":\"text\",\"text\":{\"content\":\"你好\"}}"
                  .formatted(FAN));

      assertThat(answer.json().path("errcode").asInt()).isZero();
      assertThat(answer.json().path("errmsg").asText()).isEqualTo("ok");
      assertThat(wechat.inbox(FAN))
          .singleElement()
          .satisfies(
              delivery -> {
                assertThat(delivery.kind()).isEqualTo("text");
                assertThat(delivery.body().path("text").path("content").asText()).isEqualTo("你好");
              });
    }

    @Test
    void aSendWithoutFanTypeOrKnownMediaIsRefused() {
      assertThat(post(WeChatStandIn.SEND, "{\"msgtype\":\"text\"}").errcode()).isEqualTo(40003);
      assertThat(post(WeChatStandIn.SEND, "{\"touser\":\"o\",\"msgtype\":\"fax\"}").errcode())
          .isEqualTo(40008);
      assertThat(
              post(
                      WeChatStandIn.SEND,
                      "{\"touser\":\"o\",\"msgtype\":\"image\",\"image\":{\"media_id\":\"gone\"}}")
                  .errcode())
          .isEqualTo(40007);
      assertThat(post(WeChatStandIn.SEND, "not json").errcode()).isEqualTo(47001);
      assertThat(wechat.answer(get(WeChatStandIn.SEND, "access_token", accessToken())).errcode())
          .isEqualTo(43002);
      assertThat(wechat.inbox("o")).isEmpty();
    }

    @Test
    void anImageNamesMediaWeChatHas() {
      String mediaId = wechat.putMedia(new byte[] {1}, "a.png", "image/png");

      assertThat(
              post(
                      WeChatStandIn.SEND,
                      "{\"touser\":\"%s\",\"msgtype\":\"image\",\"image\":{\"media_id\":\"%s\"}}"
                          .formatted(FAN, mediaId))
                  .errcode())
          .isZero();
    }

    @Test
    void typingIsAcceptedAndLeavesNothing() {
      StandInResponse answer =
          post(WeChatStandIn.TYPING, "{\"touser\":\"%s\",\"command\":\"Typing\"}".formatted(FAN));

      assertThat(answer.json().path("errmsg").asText()).isEqualTo("ok");
      assertThat(wechat.inbox(FAN)).isEmpty();
    }

    @Test
    void aTemplateMessageGetsAMsgidAndReachesTheInbox() {
      JsonNode answer =
          post(
                  WeChatStandIn.TEMPLATE_SEND,
                  "{\"touser\":\"%s\",\"template_id\":\"T1\",\"data\":{}}".formatted(FAN))
              .json();

      assertThat(answer.path("errcode").asInt()).isZero();
      assertThat(answer.path("msgid").isNumber()).isTrue();
      assertThat(wechat.inbox(FAN))
          .extracting(WeChatStandIn.Delivery::kind)
          .containsExactly("template");
      assertThat(post(WeChatStandIn.TEMPLATE_SEND, "{\"touser\":\"%s\"}".formatted(FAN)).errcode())
          .isEqualTo(40037);
    }
  }

  @Nested
  class Menu {

    @Test
    void aCreatedMenuIsWhatMenuGetAnswers() {
      assertThat(menuGet(accessToken()).errcode()).isEqualTo(46003);
      String menu =
          "{\"button\":[{\"type\":\"click\",\"name\":\"客服\",\"key\":\"1\"},"
              + "{\"name\":\"更多\",\"sub_button\":[{\"type\":\"view\",\"name\":\"官网\",\"url\":\"https://example.com/\"}]}]}";

      assertThat(post(WeChatStandIn.MENU_CREATE, menu).errcode()).isZero();

      JsonNode answer = menuGet(accessToken()).json();
      assertThat(answer.path("menu").path("button").findValuesAsText("name"))
          .containsExactly("客服", "更多", "官网");
      assertThat(wechat.menu(APP)).isPresent();
    }

    @Test
    void menusOutsideWeChatsLimitsAreRefused() {
      String click = "{\"type\":\"click\",\"name\":\"a\",\"key\":\"1\"}";
      assertThat(menuCreate("{}")).isEqualTo(40016);
      assertThat(menuCreate("{\"button\":[%s,%s,%s,%s]}".formatted(click, click, click, click)))
          .isEqualTo(40016);
      assertThat(
              menuCreate(
                  "{\"button\":[{\"name\":\"more\",\"sub_button\":[%s]}]}"
                      .formatted(
                          String.join(",", List.of(click, click, click, click, click, click)))))
          .isEqualTo(40023);
      assertThat(menuCreate("{\"button\":[{\"type\":\"fly\",\"name\":\"a\"}]}")).isEqualTo(40017);
      assertThat(
              menuCreate("{\"button\":[{\"type\":\"click\",\"name\":\"一二三四五六\",\"key\":\"1\"}]}"))
          .as("18 bytes")
          .isEqualTo(40018);
      assertThat(wechat.menu(APP)).isEmpty();
    }

    private int menuCreate(String menu) {
      return post(WeChatStandIn.MENU_CREATE, menu).errcode();
    }
  }

  @Nested
  class UserInfo {

    @Test
    void userInfoHasWeChatsFieldsAndTheFansTags() {
      wechat.putUserInfo(FAN, "小明", "https://thirdwx.qlogo.cn/a.png");
      long tag = wechat.createTag(APP, "老客户");
      post(
          WeChatStandIn.TAGS_TAGGING,
          "{\"tagid\":%d,\"openid_list\":[\"%s\"]}".formatted(tag, FAN));

      JsonNode answer =
          wechat
              .answer(get(WeChatStandIn.USER_INFO, "access_token", accessToken(), "openid", FAN))
              .json();

      assertThat(answer.path("subscribe").asInt()).isEqualTo(1);
      assertThat(answer.path("openid").asText()).isEqualTo(FAN);
      assertThat(answer.path("nickname").asText()).isEqualTo("小明");
      assertThat(answer.path("headimgurl").asText()).isEqualTo("https://thirdwx.qlogo.cn/a.png");
      assertThat(answer.path("subscribe_time").isNumber()).isTrue();
      assertThat(answer.path("tagid_list").toString()).isEqualTo("[" + tag + "]");
      assertThat(answer.path("subscribe_scene").asText()).isEqualTo("ADD_SCENE_OTHERS");
    }

    @Test
    void aFanWeKnowNothingAboutGetsBlanks() {
      JsonNode answer =
          wechat
              .answer(get(WeChatStandIn.USER_INFO, "access_token", accessToken(), "openid", "o_x"))
              .json();

      assertThat(answer.path("nickname").asText()).isEmpty();
      assertThat(answer.path("headimgurl").asText()).isEmpty();
    }

    @Test
    void batchgetAnswersEveryFanInOrder() {
      JsonNode answer =
          post(
                  WeChatStandIn.USER_INFO_BATCH,
                  "{\"user_list\":[{\"openid\":\"o_a\",\"lang\":\"zh_CN\"},{\"openid\":\"o_b\"}]}")
              .json();

      assertThat(answer.path("user_info_list").findValuesAsText("openid"))
          .containsExactly("o_a", "o_b");
      assertThat(post(WeChatStandIn.USER_INFO_BATCH, "{\"user_list\":[]}").errcode())
          .isEqualTo(40032);
    }

    @Test
    void aBlankOpenidIsInvalid() {
      assertThat(
              wechat.answer(get(WeChatStandIn.USER_INFO, "access_token", accessToken())).errcode())
          .isEqualTo(40003);
    }
  }

  @Nested
  class Tags {

    @Test
    void aNewTagGetsAnIdAndIsListedWithTheStarredGroup() {
      JsonNode created =
          post(WeChatStandIn.TAGS_CREATE, "{\"tag\":{\"name\":\"投诉\"}}").json().path("tag");

      assertThat(created.path("id").asLong()).isGreaterThan(2);
      assertThat(created.path("name").asText()).isEqualTo("投诉");
      JsonNode tags =
          wechat.answer(get(WeChatStandIn.TAGS_GET, "access_token", accessToken())).json();
      assertThat(tags.path("tags").findValuesAsText("name")).containsExactly("星标组", "投诉");
      assertThat(tags.path("tags").get(0).path("id").asLong()).isEqualTo(2);
      assertThat(tags.path("tags").get(1).path("count").asLong()).isZero();
    }

    @Test
    void tagNamesAreUniqueShortAndAtMostAHundred() {
      assertThat(createTag("a")).isZero();
      assertThat(createTag("a")).isEqualTo(45157);
      assertThat(createTag("一二三四五六七八九十一")).as("33 bytes").isEqualTo(45158);
      IntStream.range(0, 98).forEach(n -> wechat.createTag(APP, "t" + n));
      assertThat(createTag("one too many")).isEqualTo(45056);
    }

    @Test
    void fansAreTaggedUntaggedAndListed() {
      long tag = wechat.createTag(APP, "VIP");
      String batch = "{\"tagid\":%d,\"openid_list\":[\"%s\",\"o_2\"]}".formatted(tag, FAN);

      assertThat(post(WeChatStandIn.TAGS_TAGGING, batch).errcode()).isZero();
      assertThat(wechat.tagsOf(APP, FAN)).containsExactly("VIP");
      assertThat(
              post(WeChatStandIn.TAGS_OF_FAN, "{\"openid\":\"%s\"}".formatted(FAN))
                  .json()
                  .path("tagid_list")
                  .toString())
          .isEqualTo("[" + tag + "]");

      assertThat(post(WeChatStandIn.TAGS_UNTAGGING, batch).errcode()).isZero();
      assertThat(wechat.tagsOf(APP, FAN)).isEmpty();
    }

    @Test
    void taggingRefusesUnknownTagsBigBatchesAndFansWithTwentyTags() {
      assertThat(
              post(WeChatStandIn.TAGS_TAGGING, "{\"tagid\":999,\"openid_list\":[\"o\"]}").errcode())
          .isEqualTo(45159);
      long tag = wechat.createTag(APP, "big");
      String fiftyOne =
          IntStream.range(0, 51)
              .mapToObj(n -> "\"o" + n + "\"")
              .reduce((a, b) -> a + "," + b)
              .get();
      assertThat(
              post(
                      WeChatStandIn.TAGS_TAGGING,
                      "{\"tagid\":%d,\"openid_list\":[%s]}".formatted(tag, fiftyOne))
                  .errcode())
          .isEqualTo(40032);

      for (int n = 0; n < 20; n++) {
        long each = wechat.createTag(APP, "tag " + n);
        post(
            WeChatStandIn.TAGS_TAGGING,
            "{\"tagid\":%d,\"openid_list\":[\"%s\"]}".formatted(each, FAN));
      }
      assertThat(
              post(
                      WeChatStandIn.TAGS_TAGGING,
                      "{\"tagid\":%d,\"openid_list\":[\"o_new\",\"%s\"]}".formatted(tag, FAN))
                  .errcode())
          .isEqualTo(45059);
      assertThat(wechat.tagsOf(APP, "o_new")).as("all or nothing").isEmpty();
    }

    private int createTag(String name) {
      return post(WeChatStandIn.TAGS_CREATE, "{\"tag\":{\"name\":\"%s\"}}".formatted(name))
          .errcode();
    }
  }

  @Nested
  class TemporaryMedia {

    @Test
    void anUploadedImageIsDownloadedWithItsTypeAndName() {
      JsonNode uploaded =
          upload("image", "media", "photo.png", "image/png", new byte[] {7, 8, 9}).json();

      assertThat(uploaded.path("type").asText()).isEqualTo("image");
      assertThat(uploaded.path("created_at").asLong()).isEqualTo(clock.instant().getEpochSecond());
      StandInResponse file = mediaGet(uploaded.path("media_id").asText());
      assertThat(file.status()).isEqualTo(200);
      assertThat(file.contentType()).isEqualTo("image/png");
      assertThat(file.headers().get("Content-disposition")).contains("filename=\"photo.png\"");
      assertThat(file.body()).containsExactly(7, 8, 9);
    }

    @Test
    void aFileTheHttpServerAlreadyParsedIsTakenAsIs() {
      StandInResponse answer =
          wechat.answer(
              StandInRequest.upload(
                  WeChatStandIn.MEDIA_UPLOAD,
                  Map.of("access_token", accessToken(), "type", "voice"),
                  new StandInRequest.Upload("media", "v.amr", "audio/amr", new byte[] {1})));

      assertThat(wechat.media(answer.json().path("media_id").asText()))
          .get()
          .extracting(WeChatStandIn.Media::fileName)
          .isEqualTo("v.amr");
    }

    @Test
    void aThumbIsAnsweredWithThumbMediaId() {
      JsonNode uploaded = upload("thumb", "media", "t.jpg", "image/jpeg", new byte[] {1}).json();

      assertThat(uploaded.path("thumb_media_id").asText()).startsWith("MEDIA_");
      assertThat(uploaded.has("media_id")).isFalse();
    }

    @Test
    void uploadsOfUnknownTypesWithoutMediaOrTooLargeAreRefused() {
      assertThat(upload("gif", "media", "a.gif", "image/gif", new byte[] {1}).errcode())
          .isEqualTo(40004);
      assertThat(upload("image", "file", "a.png", "image/png", new byte[] {1}).errcode())
          .isEqualTo(41005);
      assertThat(
              upload("image", "media", "big.png", "image/png", new byte[2 * 1024 * 1024 + 1])
                  .errcode())
          .isEqualTo(40009);
    }

    @Test
    void mediaIsGoneAfterThreeDays() {
      String mediaId = wechat.putMedia(new byte[] {1}, "a.jpg", "image/jpeg");
      assertThat(mediaGet(mediaId).status()).isEqualTo(200);

      clock.move(Duration.ofDays(3));

      assertThat(mediaGet(mediaId).errcode()).isEqualTo(40007);
      assertThat(mediaGet("never").errcode()).isEqualTo(40007);
    }

    private StandInResponse upload(
        String type, String field, String fileName, String contentType, byte[] content) {
      String boundary = "----standin";
      byte[] head =
          ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                  + "Content-Type: %s\r\n\r\n")
              .formatted(boundary, field, fileName, contentType)
              .getBytes(StandardCharsets.UTF_8);
      byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[head.length + content.length + tail.length];
      System.arraycopy(head, 0, body, 0, head.length);
      System.arraycopy(content, 0, body, head.length, content.length);
      System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
      return wechat.answer(
          StandInRequest.post(
              WeChatStandIn.MEDIA_UPLOAD,
              Map.of("access_token", accessToken(), "type", type),
              "multipart/form-data; boundary=" + boundary,
              body));
    }

    private StandInResponse mediaGet(String mediaId) {
      return wechat.answer(
          get(WeChatStandIn.MEDIA_GET, "access_token", accessToken(), "media_id", mediaId));
    }
  }

  @Nested
  class WebAuthorizationFlow {

    static final String BACK = "https://desk.example.com/h5/back?x=1";

    @Test
    void theVisitorConsentsAndReturnsWithACodeAndTheState() {
      wechat.authorizeWebVisitorAs(FAN, false);

      StandInResponse page = authorize(APP, "snsapi_userinfo");

      assertThat(page.status()).isEqualTo(302);
      URI back = URI.create(page.headers().get("Location"));
      assertThat(back.toString()).startsWith(BACK + "&code=code").endsWith("&state=s+1");
    }

    @Test
    void withoutAVisitorThePageAsksForWeChat() {
      StandInResponse page = authorize(APP, "snsapi_base");

      assertThat(page.status()).isEqualTo(200);
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("请在微信客户端打开链接");
    }

    @Test
    void aWrongLinkIsRefusedOnThePage() {
      wechat.authorizeWebVisitorAs(FAN, false);

      assertThat(authorize("wx_unknown", "snsapi_base").status()).isEqualTo(400);
      assertThat(authorize(APP, "snsapi_everything").status()).isEqualTo(400);
    }

    @Test
    void theCodeIsExchangedOnceForAWebTokenWithWeChatsFields() {
      String code = code(FAN, "snsapi_userinfo", false);

      JsonNode answer = exchange(SECRET, code).json();

      assertThat(answer.path("access_token").asText()).startsWith("web-token-");
      assertThat(answer.path("expires_in").asLong()).isEqualTo(7200);
      assertThat(answer.path("refresh_token").asText()).isNotEmpty();
      assertThat(answer.path("openid").asText()).isEqualTo(FAN);
      assertThat(answer.path("scope").asText()).isEqualTo("snsapi_userinfo");
      assertThat(answer.has("is_snapshotuser")).as("only for snapshot visitors").isFalse();
      assertThat(exchange(SECRET, code).errcode()).isEqualTo(40163);
    }

    @Test
    void aSnapshotVisitorIsMarked() {
      JsonNode answer = exchange(SECRET, code(FAN, "snsapi_userinfo", true)).json();

      assertThat(answer.path("is_snapshotuser").asInt()).isEqualTo(1);
    }

    @Test
    void theExchangeRefusesWrongSecretsGrantTypesAndStaleCodes() {
      assertThat(exchange("wrong", code(FAN, "snsapi_base", false)).errcode()).isEqualTo(40125);
      assertThat(exchange(SECRET, "never-issued").errcode()).isEqualTo(40029);
      assertThat(
              wechat
                  .answer(
                      get(
                          WeChatStandIn.OAUTH_ACCESS_TOKEN,
                          "appid",
                          APP,
                          "secret",
                          SECRET,
                          "code",
                          code(FAN, "snsapi_base", false),
                          "grant_type",
                          "client_credential"))
                  .errcode())
          .isEqualTo(40002);
      String stale = code(FAN, "snsapi_base", false);
      clock.move(Duration.ofMinutes(5));
      assertThat(exchange(SECRET, stale).errcode()).isEqualTo(40029);
    }

    @Test
    void userinfoNeedsTheUserinfoScopeAndGivesNoSexOrRegion() {
      wechat.putUserInfo(FAN, "李华", "https://thirdwx.qlogo.cn/l.png");
      String token =
          exchange(SECRET, code(FAN, "snsapi_userinfo", false))
              .json()
              .path("access_token")
              .asText();
      String baseToken =
          exchange(SECRET, code(FAN, "snsapi_base", false)).json().path("access_token").asText();

      JsonNode user = userInfo(token, FAN).json();
      assertThat(user.path("openid").asText()).isEqualTo(FAN);
      assertThat(user.path("nickname").asText()).isEqualTo("李华");
      assertThat(user.path("headimgurl").asText()).isEqualTo("https://thirdwx.qlogo.cn/l.png");
      assertThat(user.path("sex").asInt()).isZero();
      assertThat(user.path("province").asText()).isEmpty();
      assertThat(user.path("privilege").isArray()).isTrue();

      assertThat(userInfo(baseToken, FAN).errcode()).isEqualTo(48001);
      assertThat(userInfo(token, "o_someone_else").errcode()).isEqualTo(40003);
      assertThat(userInfo("web-token-forged", FAN).errcode()).isEqualTo(40001);
    }

    private StandInResponse authorize(String appId, String scope) {
      return wechat.answer(
          get(
              WeChatStandIn.OAUTH_AUTHORIZE,
              "appid",
              appId,
              "redirect_uri",
              BACK,
              "response_type",
              "code",
              "scope",
              scope,
              "state",
              "s 1"));
    }

    private String code(String openid, String scope, boolean snapshot) {
      String location =
          wechat
              .consent(
                  Map.of(
                      "appid", APP, "redirect_uri", BACK, "response_type", "code", "scope", scope),
                  openid,
                  snapshot)
              .headers()
              .get("Location");
      return location.replaceAll(".*code=([^&]+).*", "$1");
    }

    private StandInResponse exchange(String secret, String code) {
      return wechat.answer(
          get(
              WeChatStandIn.OAUTH_ACCESS_TOKEN,
              "appid",
              APP,
              "secret",
              secret,
              "code",
              code,
              "grant_type",
              "authorization_code"));
    }

    private StandInResponse userInfo(String token, String openid) {
      return wechat.answer(
          get(
              WeChatStandIn.OAUTH_USER_INFO,
              "access_token",
              token,
              "openid",
              openid,
              "lang",
              "zh_CN"));
    }
  }

  @Test
  void anUnknownApiIsNotFound() {
    assertThat(wechat.answer(get("/cgi-bin/nothing")).status()).isEqualTo(404);
  }

  @Test
  void anInjectedErrorCarriesWeChatsErrmsg() {
    JsonNode answer = StandInResponse.error(45015).json();

    assertThat(answer.path("errcode").asInt()).isEqualTo(45015);
    assertThat(answer.path("errmsg").asText()).startsWith("response out of time limit");
  }

  StandInResponse token(String appId, String secret) {
    return wechat.answer(
        get(
            WeChatStandIn.TOKEN,
            "grant_type",
            "client_credential",
            "appid",
            appId,
            "secret",
            secret));
  }

  String accessToken() {
    return token(APP, SECRET).json().path("access_token").asText();
  }

  StandInResponse stableToken(boolean forceRefresh) {
    return wechat.answer(
        StandInRequest.postJson(
            WeChatStandIn.STABLE_TOKEN,
            Map.of(),
            "{\"grant_type\":\"client_credential\",\"appid\":\"%s\",\"secret\":\"%s\",\"force_refresh\":%s}"
                .formatted(APP, SECRET, forceRefresh)));
  }

  StandInResponse menuGet(String token) {
    return wechat.answer(get(WeChatStandIn.MENU_GET, "access_token", token));
  }

  StandInResponse post(String path, String json) {
    return wechat.answer(
        StandInRequest.postJson(path, Map.of("access_token", accessToken()), json));
  }

  static StandInRequest get(String path, String... nameValues) {
    Map<String, String> query = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      query.put(nameValues[i], nameValues[i + 1]);
    }
    return StandInRequest.get(path, query);
  }
}
