package org.wechatdesk.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * WeChat's API as the desk calls it, answered in memory: tokens (token, stable_token),
 * customer-service and template messages, typing, menu, user info, user tags, temporary media, and
 * web authorization. {@link #answer} takes a request as an HTTP server received it and returns
 * WeChat's answer: the same JSON field names and the errcodes WeChat documents (40001 for a bad
 * token, 40013 for an unknown appid, 40007 for an unknown media_id, …). It keeps the state: apps,
 * tokens, media, menus, tags, and what the desk sent to each fan.
 *
 * <p>It does not play the customer-service window (45015, 45047): it never sees the fans' messages
 * in tests, which push to the desk directly.
 */
public final class WeChatStandIn {

  public static final String TOKEN = "/cgi-bin/token";
  public static final String STABLE_TOKEN = "/cgi-bin/stable_token";
  public static final String SEND = "/cgi-bin/message/custom/send";
  public static final String TYPING = "/cgi-bin/message/custom/typing";
  public static final String TEMPLATE_SEND = "/cgi-bin/message/template/send";
  public static final String MEDIA_UPLOAD = "/cgi-bin/media/upload";
  public static final String MEDIA_GET = "/cgi-bin/media/get";
  public static final String USER_INFO = "/cgi-bin/user/info";
  public static final String USER_INFO_BATCH = "/cgi-bin/user/info/batchget";
  public static final String MENU_CREATE = "/cgi-bin/menu/create";
  public static final String MENU_GET = "/cgi-bin/menu/get";
  public static final String TAGS_CREATE = "/cgi-bin/tags/create";
  public static final String TAGS_GET = "/cgi-bin/tags/get";
  public static final String TAGS_TAGGING = "/cgi-bin/tags/members/batchtagging";
  public static final String TAGS_UNTAGGING = "/cgi-bin/tags/members/batchuntagging";
  public static final String TAGS_OF_FAN = "/cgi-bin/tags/getidlist";
  public static final String KF_ADD = "/customservice/kfaccount/add";
  public static final String KF_UPDATE = "/customservice/kfaccount/update";
  public static final String KF_PICTURE = "/customservice/kfaccount/uploadheadimg";
  public static final String KF_LIST = "/cgi-bin/customservice/getkflist";
  public static final String OAUTH_AUTHORIZE = "/connect/oauth2/authorize";
  public static final String OAUTH_ACCESS_TOKEN = "/sns/oauth2/access_token";
  public static final String OAUTH_USER_INFO = "/sns/userinfo";
  public static final String COMPONENT_TOKEN = "/cgi-bin/component/api_component_token";
  public static final String PRE_AUTH_CODE = "/cgi-bin/component/api_create_preauthcode";
  public static final String QUERY_AUTH = "/cgi-bin/component/api_query_auth";
  public static final String AUTHORIZER_TOKEN = "/cgi-bin/component/api_authorizer_token";
  public static final String AUTHORIZER_INFO = "/cgi-bin/component/api_get_authorizer_info";
  public static final String COMPONENT_LOGIN_PAGE = "/cgi-bin/componentloginpage";
  public static final String COMPONENT_WEB_TOKEN = "/sns/oauth2/component/access_token";

  static final Duration MEDIA_LIFETIME = Duration.ofDays(3);
  private static final Set<String> MESSAGE_TYPES =
      Set.of(
          "text",
          "image",
          "voice",
          "video",
          "music",
          "news",
          "mpnews",
          "mpnewsarticle",
          "msgmenu",
          "wxcard",
          "miniprogrampage");
  private static final Set<String> MEDIA_MESSAGES = Set.of("image", "voice", "video");
  private static final Map<String, Long> MEDIA_LIMITS =
      Map.of("image", 2L << 20, "voice", 2L << 20, "video", 10L << 20, "thumb", 64L << 10);
  private static final Map<String, WeChatError> MEDIA_SIZE_ERRORS =
      Map.of(
          "image", WeChatError.INVALID_IMAGE_SIZE,
          "voice", WeChatError.INVALID_VOICE_SIZE,
          "video", WeChatError.INVALID_VIDEO_SIZE,
          "thumb", WeChatError.INVALID_THUMB_SIZE);
  private static final Set<String> WEB_SCOPES = Set.of("snsapi_base", "snsapi_userinfo");

  private final Clock clock;
  private final AccessTokens tokens;
  private final WebGrants webGrants;
  private final ComponentAuthorizations components;
  private final Map<String, Endpoint> endpoints;
  private final Map<String, Media> media = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> menus = new ConcurrentHashMap<>();
  private final Map<String, Person> people = new ConcurrentHashMap<>();
  private final Map<String, UserTags> userTags = new ConcurrentHashMap<>();
  private final Map<String, CustomerServiceAccounts> kfAccounts = new ConcurrentHashMap<>();
  private final Map<String, List<Delivery>> inboxes = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  /** The clock is WeChat's own: token, code and media lifetimes run on it. */
  public WeChatStandIn(Clock clock) {
    this.clock = clock;
    this.tokens = new AccessTokens(clock);
    this.webGrants = new WebGrants(clock);
    this.components = new ComponentAuthorizations(clock);
    this.endpoints =
        Map.ofEntries(
            Map.entry(TOKEN, new Endpoint(Set.of("GET"), this::token)),
            Map.entry(STABLE_TOKEN, new Endpoint(Set.of("POST"), this::stableToken)),
            Map.entry(SEND, new Endpoint(Set.of("POST"), this::send)),
            Map.entry(TYPING, new Endpoint(Set.of("POST"), this::typing)),
            Map.entry(TEMPLATE_SEND, new Endpoint(Set.of("POST"), this::templateSend)),
            Map.entry(MEDIA_UPLOAD, new Endpoint(Set.of("POST"), this::upload)),
            Map.entry(MEDIA_GET, new Endpoint(Set.of("GET"), this::mediaGet)),
            Map.entry(USER_INFO, new Endpoint(Set.of("GET"), this::userInfo)),
            Map.entry(USER_INFO_BATCH, new Endpoint(Set.of("POST"), this::userInfoBatch)),
            Map.entry(MENU_CREATE, new Endpoint(Set.of("POST"), this::menuCreate)),
            Map.entry(MENU_GET, new Endpoint(Set.of("GET"), this::menuGet)),
            Map.entry(TAGS_CREATE, new Endpoint(Set.of("POST"), this::tagsCreate)),
            Map.entry(TAGS_GET, new Endpoint(Set.of("GET", "POST"), this::tagsGet)),
            Map.entry(
                TAGS_TAGGING, new Endpoint(Set.of("POST"), request -> tagging(request, true))),
            Map.entry(
                TAGS_UNTAGGING, new Endpoint(Set.of("POST"), request -> tagging(request, false))),
            Map.entry(TAGS_OF_FAN, new Endpoint(Set.of("POST"), this::tagsOfFan)),
            Map.entry(KF_ADD, new Endpoint(Set.of("POST"), request -> kfAccount(request, true))),
            Map.entry(
                KF_UPDATE, new Endpoint(Set.of("POST"), request -> kfAccount(request, false))),
            Map.entry(KF_PICTURE, new Endpoint(Set.of("POST"), this::kfPicture)),
            Map.entry(KF_LIST, new Endpoint(Set.of("GET"), this::kfList)),
            Map.entry(OAUTH_AUTHORIZE, new Endpoint(Set.of("GET"), this::authorize)),
            Map.entry(OAUTH_ACCESS_TOKEN, new Endpoint(Set.of("GET"), this::webAccessToken)),
            Map.entry(OAUTH_USER_INFO, new Endpoint(Set.of("GET"), this::webUserInfo)),
            Map.entry(COMPONENT_TOKEN, new Endpoint(Set.of("POST"), this::componentToken)),
            Map.entry(PRE_AUTH_CODE, new Endpoint(Set.of("POST"), this::preAuthCode)),
            Map.entry(QUERY_AUTH, new Endpoint(Set.of("POST"), this::queryAuth)),
            Map.entry(AUTHORIZER_TOKEN, new Endpoint(Set.of("POST"), this::authorizerToken)),
            Map.entry(AUTHORIZER_INFO, new Endpoint(Set.of("POST"), this::authorizerInfo)),
            Map.entry(COMPONENT_LOGIN_PAGE, new Endpoint(Set.of("GET"), this::componentLoginPage)),
            Map.entry(COMPONENT_WEB_TOKEN, new Endpoint(Set.of("GET"), this::componentWebToken)));
  }

  /** WeChat's answer to the request; a refused request is answered with its errcode, status 200. */
  public StandInResponse answer(StandInRequest request) {
    Endpoint endpoint = endpoints.get(request.path());
    if (endpoint == null) {
      return new StandInResponse(
          404,
          StandInResponse.JSON_TYPE,
          Map.of(),
          "{\"errcode\":404,\"errmsg\":\"no such API in the stand-in\"}"
              .getBytes(StandardCharsets.UTF_8));
    }
    if (!endpoint.methods().contains(request.method())) {
      return StandInResponse.error(
          endpoint.methods().contains("GET") ? WeChatError.REQUIRE_GET : WeChatError.REQUIRE_POST);
    }
    try {
      return endpoint.handler().apply(request);
    } catch (Refusal refusal) {
      return StandInResponse.error(refusal.errcode());
    }
  }

  public void registerApp(String appId, String secret) {
    tokens.register(appId, secret);
  }

  /** Every token issued so far stops working (40001), as after an AppSecret reset. */
  public void revokeAllTokens() {
    tokens.revokeAll();
  }

  /** Media as if a fan had sent it to WeChat; returns its new media_id. */
  public String putMedia(byte[] content, String fileName, String contentType) {
    String mediaId = "MEDIA_" + counter.incrementAndGet();
    putMedia(mediaId, content, fileName, contentType);
    return mediaId;
  }

  public void putMedia(String mediaId, byte[] content, String fileName, String contentType) {
    media.put(mediaId, new Media(content, fileName, contentType, clock.instant()));
  }

  /** The media while WeChat keeps it: three days from the upload. */
  public Optional<Media> media(String mediaId) {
    return Optional.ofNullable(mediaId)
        .map(media::get)
        .filter(found -> clock.instant().isBefore(found.createdAt().plus(MEDIA_LIFETIME)));
  }

  /** Publishes a menu as an admin would on WeChat's own site: the body menu/create takes. */
  public void saveMenu(String appId, JsonNode menu) {
    menus.put(appId, menu);
  }

  /** The published menu as menu/create received it. */
  public Optional<JsonNode> menu(String appId) {
    return Optional.ofNullable(menus.get(appId));
  }

  /** What user/info and sns/userinfo tell about the fan; others get WeChat's blanks. */
  public void putUserInfo(String openid, String nickname, String headImgUrl) {
    people.put(openid, new Person(nickname, headImgUrl));
  }

  /** A tag made in WeChat's own back office, not through the API. */
  public long createTag(String appId, String name) {
    return tags(appId).create(name);
  }

  public Set<String> tagsOf(String appId, String openid) {
    return tags(appId).namesOf(openid);
  }

  public List<Long> tagIdsOf(String appId, String openid) {
    return tags(appId).idsOf(openid);
  }

  /** The customer-service account as WeChat holds it: nickname and picture. */
  public Optional<CustomerServiceAccounts.Account> kfAccount(String appId, String kfAccount) {
    return kfAccounts(appId).find(kfAccount);
  }

  /** Removed in WeChat's own back office, behind the desk's back. */
  public void removeKfAccount(String appId, String kfAccount) {
    kfAccounts(appId).remove(kfAccount);
  }

  /** Whether the account has enabled 新版客服功能; the kfaccount API answers 65400 until it has. */
  public void kfEnabled(String appId, boolean enabled) {
    kfAccounts(appId).enabled(enabled);
  }

  /** What the desk sent to the fan (customer-service and template messages), oldest first. */
  public List<Delivery> inbox(String openid) {
    return List.copyOf(inboxes.getOrDefault(openid, List.of()));
  }

  /**
   * Who the next visitors of the web-authorization page are: they consent at once and return to the
   * desk with a code for this openid.
   */
  public void authorizeWebVisitorAs(String openid, boolean snapshot) {
    webGrants.visitorIs(new WebGrants.Visitor(openid, snapshot));
  }

  /**
   * The page WeChat shows instead of the consent when the authorize link is wrong (unknown appid,
   * scope, response_type or no redirect_uri); empty when the link is fine.
   */
  public Optional<StandInResponse> refuseAuthorizeLink(Map<String, String> query) {
    String problem = null;
    String appId = query.getOrDefault("appid", "");
    boolean onBehalf = query.containsKey("component_appid");
    if (onBehalf
        ? !tokens.knows(query.get("component_appid")) || components.authorizer(appId).isEmpty()
        : !tokens.knows(appId)) {
      problem = "appid 无效 / invalid appid";
    } else if (!WEB_SCOPES.contains(query.getOrDefault("scope", ""))) {
      problem = "scope 参数错误 / invalid scope";
    } else if (!"code".equals(query.get("response_type"))) {
      problem = "response_type 参数错误 / invalid response_type";
    } else if (query.getOrDefault("redirect_uri", "").isEmpty()) {
      problem = "redirect_uri 参数错误 / invalid redirect_uri";
    }
    return Optional.ofNullable(problem)
        .map(text -> StandInResponse.html(400, "<!doctype html><meta charset=utf-8><p>" + text));
  }

  /**
   * The visitor consented on the page of this authorize link: back to redirect_uri with a one-time
   * code and the state.
   */
  public StandInResponse consent(Map<String, String> query, String openid, boolean snapshot) {
    Optional<StandInResponse> refused = refuseAuthorizeLink(query);
    if (refused.isPresent()) {
      return refused.get();
    }
    String code =
        webGrants.issueCode(
            new WebGrants.Grant(query.get("appid"), openid, query.get("scope"), snapshot));
    String redirectUri = query.get("redirect_uri");
    return StandInResponse.redirect(
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + "code="
            + code
            + "&state="
            + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
  }

  /** A third-party platform created on the open platform, with its AppSecret. */
  public void registerComponent(String componentAppId, String secret) {
    tokens.register(componentAppId, secret);
  }

  /**
   * The component_verify_ticket WeChat pushes every 10 minutes: the caller (a test, the demo)
   * pushes it to the desk's event URL; api_component_token takes it from then on.
   */
  public String issueComponentTicket(String componentAppId) {
    return components.issueTicket(componentAppId);
  }

  /**
   * An Official Account WeChat knows, as api_get_authorizer_info tells of it; funcIds are the
   * permission sets its admin grants (1 message management, 4 web services, …).
   */
  public void putAuthorizer(
      String appId,
      String nickName,
      String originalId,
      int serviceType,
      int verifyType,
      List<Integer> funcIds) {
    components.putAuthorizer(
        new ComponentAuthorizations.Authorizer(
            appId, nickName, originalId, serviceType, verifyType, List.copyOf(funcIds)));
  }

  /** The admin who opens the next authorization page scans it and picks this account. */
  public void authorizeComponentAs(String authorizerAppId) {
    components.nextAuthorizerIs(authorizerAppId);
  }

  /** The account's admin cancels the authorization in WeChat: its refresh token stops working. */
  public void unauthorizeComponent(String componentAppId, String authorizerAppId) {
    components.unauthorize(componentAppId, authorizerAppId);
  }

  /** An authorization code as the release check's QUERY_AUTH_CODE message carries one. */
  public String componentAuthCode(String componentAppId, String authorizerAppId) {
    return components.authCode(componentAppId, authorizerAppId);
  }

  /**
   * The admin scanned the QR code of this authorization link and picked the account: back to
   * redirect_uri with the authorization code, or WeChat's error page for a wrong link.
   */
  public StandInResponse componentConsent(Map<String, String> query, String authorizerAppId) {
    String redirectUri = query.getOrDefault("redirect_uri", "");
    Optional<String> code =
        components.authorize(
            query.getOrDefault("component_appid", ""),
            query.getOrDefault("pre_auth_code", ""),
            authorizerAppId);
    if (code.isEmpty() || redirectUri.isEmpty()) {
      return StandInResponse.html(
          400, "<!doctype html><meta charset=utf-8><p>授权链接无效或已过期 / invalid or expired link");
    }
    return StandInResponse.redirect(
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + "auth_code="
            + code.get()
            + "&expires_in="
            + ComponentAuthorizations.AUTH_CODE_LIFETIME.toSeconds());
  }

  private StandInResponse token(StandInRequest request) {
    if (!"client_credential".equals(request.param("grant_type"))) {
      throw new Refusal(WeChatError.INVALID_GRANT_TYPE);
    }
    String appId = request.param("appid");
    tokens.checkCredentials(appId, request.param("secret"));
    return tokenAnswer(tokens.issue(appId));
  }

  private StandInResponse stableToken(StandInRequest request) {
    JsonNode body = jsonBody(request);
    if (!"client_credential".equals(body.path("grant_type").asText())) {
      throw new Refusal(WeChatError.INVALID_GRANT_TYPE);
    }
    String appId = body.path("appid").asText();
    tokens.checkCredentials(appId, body.path("secret").asText());
    return tokenAnswer(tokens.stable(appId, body.path("force_refresh").asBoolean()));
  }

  private StandInResponse tokenAnswer(AccessTokens.Token token) {
    ObjectNode answer = object();
    answer.put("access_token", token.value());
    answer.put("expires_in", tokens.secondsLeft(token));
    return StandInResponse.json(answer);
  }

  /** Text, image, menu messages and the rest; an image, voice or video must name known media. */
  private StandInResponse send(StandInRequest request) {
    appOf(request);
    JsonNode body = jsonBody(request);
    String openid = openid(body.path("touser"));
    String type = body.path("msgtype").asText();
    if (!MESSAGE_TYPES.contains(type)) {
      throw new Refusal(WeChatError.INVALID_MESSAGE_TYPE);
    }
    if (MEDIA_MESSAGES.contains(type)
        && media(body.path(type).path("media_id").asText()).isEmpty()) {
      throw new Refusal(WeChatError.INVALID_MEDIA_ID);
    }
    String kfAccount = body.path("customservice").path("kf_account").asText();
    if (!kfAccount.isEmpty()) {
      kfAccounts(appOf(request)).checkSender(kfAccount);
    }
    deliver(openid, type, body);
    return StandInResponse.ok();
  }

  /** The typing indicator shows nothing lasting on the fan's side, so it is not recorded. */
  private StandInResponse typing(StandInRequest request) {
    appOf(request);
    openid(jsonBody(request).path("touser"));
    return StandInResponse.ok();
  }

  private StandInResponse templateSend(StandInRequest request) {
    appOf(request);
    JsonNode body = jsonBody(request);
    String openid = openid(body.path("touser"));
    if (body.path("template_id").asText().isBlank()) {
      throw new Refusal(WeChatError.INVALID_TEMPLATE_ID);
    }
    deliver(openid, "template", body);
    ObjectNode answer = object();
    answer.put("errcode", 0);
    answer.put("errmsg", "ok");
    answer.put("msgid", counter.incrementAndGet());
    return StandInResponse.json(answer);
  }

  /** Temporary media from the form field {@code media}; a thumb's id is {@code thumb_media_id}. */
  private StandInResponse upload(StandInRequest request) {
    appOf(request);
    String type = request.param("type");
    if (!MEDIA_LIMITS.containsKey(type)) {
      throw new Refusal(WeChatError.INVALID_MEDIA_TYPE);
    }
    StandInRequest.Upload file =
        Optional.ofNullable(request.upload())
            .or(() -> Multipart.field(request.contentType(), request.body(), "media"))
            .filter(upload -> upload.content().length > 0)
            .orElseThrow(() -> new Refusal(WeChatError.MEDIA_DATA_MISSING));
    if (file.content().length > MEDIA_LIMITS.get(type)) {
      throw new Refusal(MEDIA_SIZE_ERRORS.get(type));
    }
    String mediaId =
        putMedia(
            file.content(),
            Optional.ofNullable(file.fileName()).orElse(type),
            Optional.ofNullable(file.contentType()).orElse("application/octet-stream"));
    ObjectNode answer = object();
    answer.put("type", type);
    answer.put(type.equals("thumb") ? "thumb_media_id" : "media_id", mediaId);
    answer.put("created_at", clock.instant().getEpochSecond());
    return StandInResponse.json(answer);
  }

  /** The file itself with WeChat's headers, or JSON with 40007 once the media is gone. */
  private StandInResponse mediaGet(StandInRequest request) {
    appOf(request);
    Media found =
        media(request.param("media_id"))
            .orElseThrow(() -> new Refusal(WeChatError.INVALID_MEDIA_ID));
    return new StandInResponse(
        200,
        found.contentType(),
        Map.of("Content-disposition", "attachment; filename=\"" + found.fileName() + "\""),
        found.content());
  }

  private StandInResponse userInfo(StandInRequest request) {
    String appId = appOf(request);
    return StandInResponse.json(person(appId, openid(request.param("openid"))));
  }

  private StandInResponse userInfoBatch(StandInRequest request) {
    String appId = appOf(request);
    JsonNode users = jsonBody(request).path("user_list");
    if (!users.isArray() || users.isEmpty() || users.size() > 100) {
      throw new Refusal(WeChatError.INVALID_OPENID_LIST_SIZE);
    }
    ArrayNode list = StandInResponse.JSON.createArrayNode();
    users.forEach(user -> list.add(person(appId, openid(user.path("openid")))));
    ObjectNode answer = object();
    answer.set("user_info_list", list);
    return StandInResponse.json(answer);
  }

  /**
   * user/info's fields for a subscribed fan. Nickname and avatar are still given when known: the
   * desk reads them when they are there (WeChat stopped giving them to most accounts).
   */
  private ObjectNode person(String appId, String openid) {
    Person person = people.getOrDefault(openid, Person.UNKNOWN);
    ObjectNode answer = object();
    answer.put("subscribe", 1);
    answer.put("openid", openid);
    answer.put("nickname", person.nickname());
    answer.put("headimgurl", person.headImgUrl());
    answer.put("language", "zh_CN");
    answer.put("subscribe_time", 1_700_000_000);
    answer.put("remark", "");
    answer.put("groupid", 0);
    ArrayNode tagIds = answer.putArray("tagid_list");
    tags(appId).idsOf(openid).forEach(tagIds::add);
    answer.put("subscribe_scene", "ADD_SCENE_OTHERS");
    answer.put("qr_scene", 0);
    answer.put("qr_scene_str", "");
    return answer;
  }

  /** menu/create replaces the whole menu. */
  private StandInResponse menuCreate(StandInRequest request) {
    String appId = appOf(request);
    JsonNode menu = jsonBody(request);
    MenuRules.check(menu);
    saveMenu(appId, menu);
    return StandInResponse.ok();
  }

  private StandInResponse menuGet(StandInRequest request) {
    JsonNode menu = menu(appOf(request)).orElseThrow(() -> new Refusal(WeChatError.MENU_NOT_EXIST));
    ObjectNode answer = object();
    answer.set("menu", menu);
    return StandInResponse.json(answer);
  }

  private StandInResponse tagsCreate(StandInRequest request) {
    String appId = appOf(request);
    String name = jsonBody(request).path("tag").path("name").asText();
    ObjectNode answer = object();
    answer.putObject("tag").put("id", tags(appId).create(name)).put("name", name);
    return StandInResponse.json(answer);
  }

  private StandInResponse tagsGet(StandInRequest request) {
    String appId = appOf(request);
    ObjectNode answer = object();
    ArrayNode list = answer.putArray("tags");
    tags(appId)
        .list()
        .forEach(
            tag ->
                list.addObject()
                    .put("id", tag.id())
                    .put("name", tag.name())
                    .put("count", tag.count()));
    return StandInResponse.json(answer);
  }

  private StandInResponse tagging(StandInRequest request, boolean add) {
    String appId = appOf(request);
    JsonNode body = jsonBody(request);
    List<String> openids = new ArrayList<>();
    body.path("openid_list").forEach(openid -> openids.add(openid.asText()));
    tags(appId).change(body.path("tagid").asLong(), openids, add);
    return StandInResponse.ok();
  }

  private StandInResponse tagsOfFan(StandInRequest request) {
    String appId = appOf(request);
    String openid = openid(jsonBody(request).path("openid"));
    ObjectNode answer = object();
    ArrayNode ids = answer.putArray("tagid_list");
    tags(appId).idsOf(openid).forEach(ids::add);
    return StandInResponse.json(answer);
  }

  private StandInResponse kfAccount(StandInRequest request, boolean add) {
    JsonNode body = jsonBody(request);
    CustomerServiceAccounts accounts = kfAccounts(appOf(request));
    String kfAccount = body.path("kf_account").asText();
    String nickname = body.path("nickname").asText();
    if (add) {
      accounts.add(kfAccount, nickname);
    } else {
      accounts.update(kfAccount, nickname);
    }
    return StandInResponse.ok();
  }

  /** The picture comes as the form field {@code media}, like a media upload. */
  private StandInResponse kfPicture(StandInRequest request) {
    CustomerServiceAccounts accounts = kfAccounts(appOf(request));
    StandInRequest.Upload file =
        Optional.ofNullable(request.upload())
            .or(() -> Multipart.field(request.contentType(), request.body(), "media"))
            .filter(upload -> upload.content().length > 0)
            .orElseThrow(() -> new Refusal(WeChatError.MEDIA_DATA_MISSING));
    accounts.picture(request.param("kf_account"), file.content());
    return StandInResponse.ok();
  }

  private StandInResponse kfList(StandInRequest request) {
    CustomerServiceAccounts accounts = kfAccounts(appOf(request));
    ObjectNode answer = object();
    ArrayNode list = answer.putArray("kf_list");
    accounts
        .list()
        .forEach(
            entry ->
                list.addObject()
                    .put("kf_account", entry.getKey())
                    .put("kf_nick", entry.getValue().nickname())
                    .put("kf_id", Math.abs(entry.getKey().hashCode()) % 100_000)
                    .put("kf_headimgurl", ""));
    return StandInResponse.json(answer);
  }

  /**
   * WeChat's authorization page: the visitor set by {@link #authorizeWebVisitorAs} consents at
   * once; without one, the page asks to be opened in WeChat, as it does in other browsers.
   */
  private StandInResponse authorize(StandInRequest request) {
    return refuseAuthorizeLink(request.query())
        .orElseGet(
            () ->
                webGrants
                    .visitor()
                    .map(visitor -> consent(request.query(), visitor.openid(), visitor.snapshot()))
                    .orElseGet(
                        () ->
                            StandInResponse.html(
                                200, "<!doctype html><meta charset=utf-8><p>请在微信客户端打开链接")));
  }

  /** is_snapshotuser is there only for a snapshot visitor, as WeChat documents it. */
  private StandInResponse webAccessToken(StandInRequest request) {
    String appId = request.param("appid");
    tokens.checkCredentials(appId, request.param("secret"));
    if (!"authorization_code".equals(request.param("grant_type"))) {
      throw new Refusal(WeChatError.INVALID_GRANT_TYPE);
    }
    return webTokenAnswer(webGrants.redeem(appId, request.param("code")));
  }

  /** The web access token of an account bound to a platform, got with the component's token. */
  private StandInResponse componentWebToken(StandInRequest request) {
    String componentAppId = tokens.appOf(request.param("component_access_token"));
    if (!componentAppId.equals(request.param("component_appid"))) {
      throw new Refusal(WeChatError.INVALID_APPID);
    }
    if (!"authorization_code".equals(request.param("grant_type"))) {
      throw new Refusal(WeChatError.INVALID_GRANT_TYPE);
    }
    String appId = request.param("appid");
    components.refreshToken(componentAppId, appId);
    return webTokenAnswer(webGrants.redeem(appId, request.param("code")));
  }

  private StandInResponse webTokenAnswer(WebGrants.Grant grant) {
    String token = webGrants.issueToken(grant);
    ObjectNode answer = object();
    answer.put("access_token", token);
    answer.put("expires_in", AccessTokens.LIFETIME.toSeconds());
    answer.put("refresh_token", "refresh-" + token);
    answer.put("openid", grant.openid());
    answer.put("scope", grant.scope());
    if (grant.snapshot()) {
      answer.put("is_snapshotuser", 1);
    }
    return StandInResponse.json(answer);
  }

  /** Only a snsapi_userinfo grant may read the profile (48001 otherwise); no sex, no region. */
  private StandInResponse webUserInfo(StandInRequest request) {
    WebGrants.Grant grant = webGrants.grantOf(request.param("access_token"));
    if (!grant.openid().equals(request.param("openid"))) {
      throw new Refusal(WeChatError.INVALID_OPENID);
    }
    if (!"snsapi_userinfo".equals(grant.scope())) {
      throw new Refusal(WeChatError.API_UNAUTHORIZED);
    }
    Person person = people.getOrDefault(grant.openid(), Person.UNKNOWN);
    ObjectNode answer = object();
    answer.put("openid", grant.openid());
    answer.put("nickname", person.nickname());
    answer.put("sex", 0);
    answer.put("province", "");
    answer.put("city", "");
    answer.put("country", "");
    answer.put("headimgurl", person.headImgUrl());
    answer.putArray("privilege");
    return StandInResponse.json(answer);
  }

  private StandInResponse componentToken(StandInRequest request) {
    JsonNode body = jsonBody(request);
    String appId = body.path("component_appid").asText();
    tokens.checkCredentials(appId, body.path("component_appsecret").asText());
    components.checkTicket(appId, body.path("component_verify_ticket").asText());
    AccessTokens.Token token = tokens.issue(appId);
    ObjectNode answer = object();
    answer.put("component_access_token", token.value());
    answer.put("expires_in", tokens.secondsLeft(token));
    return StandInResponse.json(answer);
  }

  private StandInResponse preAuthCode(StandInRequest request) {
    String componentAppId = componentOf(request);
    ObjectNode answer = object();
    answer.put("pre_auth_code", components.issuePreAuthCode(componentAppId));
    answer.put("expires_in", ComponentAuthorizations.PRE_AUTH_CODE_LIFETIME.toSeconds());
    return StandInResponse.json(answer);
  }

  private StandInResponse queryAuth(StandInRequest request) {
    String componentAppId = componentOf(request);
    String authorizerAppId =
        components.redeem(componentAppId, jsonBody(request).path("authorization_code").asText());
    ComponentAuthorizations.Authorizer authorizer =
        components.authorizer(authorizerAppId).orElseGet(() -> testAccount(authorizerAppId));
    AccessTokens.Token token = tokens.issue(authorizerAppId);
    ObjectNode answer = object();
    ObjectNode info = answer.putObject("authorization_info");
    info.put("authorizer_appid", authorizerAppId);
    info.put("authorizer_access_token", token.value());
    info.put("expires_in", tokens.secondsLeft(token));
    info.put("authorizer_refresh_token", components.refreshToken(componentAppId, authorizerAppId));
    funcInfo(info, authorizer.funcIds());
    return StandInResponse.json(answer);
  }

  private StandInResponse authorizerToken(StandInRequest request) {
    String componentAppId = componentOf(request);
    JsonNode body = jsonBody(request);
    String authorizerAppId = body.path("authorizer_appid").asText();
    String refreshToken = components.refreshToken(componentAppId, authorizerAppId);
    if (!refreshToken.equals(body.path("authorizer_refresh_token").asText())) {
      throw new Refusal(WeChatError.REFRESH_TOKEN_INVALID);
    }
    AccessTokens.Token token = tokens.issue(authorizerAppId);
    ObjectNode answer = object();
    answer.put("authorizer_access_token", token.value());
    answer.put("expires_in", tokens.secondsLeft(token));
    answer.put("authorizer_refresh_token", refreshToken);
    return StandInResponse.json(answer);
  }

  private StandInResponse authorizerInfo(StandInRequest request) {
    String componentAppId = componentOf(request);
    String authorizerAppId = jsonBody(request).path("authorizer_appid").asText();
    components.refreshToken(componentAppId, authorizerAppId);
    ComponentAuthorizations.Authorizer authorizer =
        components
            .authorizer(authorizerAppId)
            .orElseThrow(() -> new Refusal(WeChatError.INVALID_APPID));
    ObjectNode answer = object();
    ObjectNode info = answer.putObject("authorizer_info");
    info.put("nick_name", authorizer.nickName());
    info.put("head_img", "http://wx.qlogo.cn/mmopen/" + authorizer.originalId() + "/0");
    info.putObject("service_type_info").put("id", authorizer.serviceType());
    info.putObject("verify_type_info").put("id", authorizer.verifyType());
    info.put("user_name", authorizer.originalId());
    info.put("principal_name", authorizer.nickName());
    info.put("alias", "");
    info.put("qrcode_url", "");
    ObjectNode authorization = answer.putObject("authorization_info");
    authorization.put("authorizer_appid", authorizerAppId);
    funcInfo(authorization, authorizer.funcIds());
    return StandInResponse.json(answer);
  }

  /** WeChat's authorization page: the admin set by {@link #authorizeComponentAs} scans at once. */
  private StandInResponse componentLoginPage(StandInRequest request) {
    return components
        .nextAuthorizer()
        .map(appId -> componentConsent(request.query(), appId))
        .orElseGet(
            () -> StandInResponse.html(200, "<!doctype html><meta charset=utf-8><p>请使用微信扫描二维码授权"));
  }

  /**
   * The component named by the component_access_token, which must be the body's component_appid.
   */
  private String componentOf(StandInRequest request) {
    String appId = tokens.appOf(request.param("component_access_token"));
    if (!appId.equals(jsonBody(request).path("component_appid").asText())) {
      throw new Refusal(WeChatError.INVALID_APPID);
    }
    return appId;
  }

  /** One of WeChat's release-check accounts: it grants everything a platform asks for. */
  private static ComponentAuthorizations.Authorizer testAccount(String appId) {
    return new ComponentAuthorizations.Authorizer(
        appId, "release check", "gh_3c884a361561", 2, 0, List.of(1, 2, 4));
  }

  private static void funcInfo(ObjectNode parent, List<Integer> funcIds) {
    ArrayNode list = parent.putArray("func_info");
    funcIds.forEach(id -> list.addObject().putObject("funcscope_category").put("id", id));
  }

  private String appOf(StandInRequest request) {
    return tokens.appOf(request.param("access_token"));
  }

  private void deliver(String openid, String kind, JsonNode body) {
    inboxes
        .computeIfAbsent(openid, o -> new CopyOnWriteArrayList<>())
        .add(new Delivery(counter.incrementAndGet(), clock.instant(), kind, body));
  }

  private CustomerServiceAccounts kfAccounts(String appId) {
    return kfAccounts.computeIfAbsent(appId, app -> new CustomerServiceAccounts());
  }

  private UserTags tags(String appId) {
    return userTags.computeIfAbsent(appId, app -> new UserTags());
  }

  private static String openid(JsonNode value) {
    return openid(value.asText());
  }

  private static String openid(String value) {
    if (value.isBlank()) {
      throw new Refusal(WeChatError.INVALID_OPENID);
    }
    return value;
  }

  /** The JSON body; WeChat answers 47001 to a body that is not JSON. */
  private static JsonNode jsonBody(StandInRequest request) {
    try {
      JsonNode body = StandInResponse.JSON.readTree(request.body());
      if (body == null || !body.isObject()) {
        throw new Refusal(WeChatError.DATA_FORMAT_ERROR);
      }
      return body;
    } catch (IOException e) {
      throw new Refusal(WeChatError.DATA_FORMAT_ERROR);
    }
  }

  private static ObjectNode object() {
    return StandInResponse.JSON.createObjectNode();
  }

  private record Endpoint(Set<String> methods, Function<StandInRequest, StandInResponse> handler) {}

  private record Person(String nickname, String headImgUrl) {
    static final Person UNKNOWN = new Person("", "");
  }

  public record Media(byte[] content, String fileName, String contentType, Instant createdAt) {}

  /** One message as WeChat received it from the desk: the msgtype (or "template") and the body. */
  public record Delivery(long id, Instant at, String kind, JsonNode body) {}
}
