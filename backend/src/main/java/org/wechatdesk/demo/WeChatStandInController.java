package org.wechatdesk.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * WeChat's API as the desk calls it (tokens, customer-service and template messages, menu, media,
 * user tags), answered inside the demo app under {@code /demo/wechat-api}: the same paths,
 * parameters and JSON (errcode 40001 for an unknown token, 40125 for a wrong secret, 40007 for an
 * unknown media_id). Messages are not delivered anywhere; the fan simulator reads them back.
 */
@RestController
@Profile("demo")
@RequestMapping(path = "/demo/wechat-api/cgi-bin", produces = MediaType.APPLICATION_JSON_VALUE)
class WeChatStandInController {

  private final WeChatStandIn wechat;
  private final ObjectMapper json;

  WeChatStandInController(WeChatStandIn wechat, ObjectMapper json) {
    this.wechat = wechat;
    this.json = json;
  }

  @GetMapping("/token")
  Map<String, Object> token(
      @RequestParam(required = false) String appid, @RequestParam(required = false) String secret) {
    return tokenAnswer(wechat.issueToken(appid, secret));
  }

  @PostMapping("/stable_token")
  Map<String, Object> stableToken(@RequestBody JsonNode request) {
    return tokenAnswer(
        wechat.stableToken(
            request.path("appid").asText(),
            request.path("secret").asText(),
            request.path("force_refresh").asBoolean()));
  }

  @PostMapping("/message/custom/send")
  Map<String, Object> send(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app -> {
          wechat.deliver(body.path("touser").asText(), body.path("msgtype").asText(), body);
          return ok();
        });
  }

  /**
   * The typing indicator shows nothing lasting on the fan's side, so it is accepted and not
   * recorded.
   */
  @PostMapping("/message/custom/typing")
  Map<String, Object> typing(@RequestParam(name = "access_token", required = false) String token) {
    return withToken(token, app -> ok());
  }

  @PostMapping("/message/template/send")
  Map<String, Object> template(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app -> {
          wechat.deliver(body.path("touser").asText(), "template", body);
          return Map.of("errcode", 0, "errmsg", "ok", "msgid", System.nanoTime());
        });
  }

  @PostMapping("/menu/create")
  Map<String, Object> createMenu(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode menu) {
    return withToken(
        token,
        app -> {
          wechat.saveMenu(app, menu);
          return ok();
        });
  }

  /**
   * The seeded fans have nicknames, as if they had once authorised a web page; others get WeChat's
   * blanks.
   */
  @GetMapping("/user/info")
  Map<String, Object> userInfo(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestParam(required = false) String openid) {
    return withToken(token, app -> person(openid == null ? "" : openid));
  }

  @PostMapping("/user/info/batchget")
  Map<String, Object> userInfoBatch(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode request) {
    return withToken(
        token,
        app -> {
          List<Map<String, Object>> people = new ArrayList<>();
          request
              .path("user_list")
              .forEach(user -> people.add(person(user.path("openid").asText())));
          return Map.of("user_info_list", people);
        });
  }

  private static Map<String, Object> person(String openid) {
    return Map.of(
        "subscribe",
        1,
        "openid",
        openid,
        "nickname",
        DemoSeed.NICKNAMES.getOrDefault(openid, ""),
        "headimgurl",
        "",
        "language",
        "zh_CN",
        "subscribe_time",
        1_700_000_000,
        "remark",
        "",
        "groupid",
        0,
        "tagid_list",
        List.of());
  }

  @GetMapping("/menu/get")
  Map<String, Object> menu(@RequestParam(name = "access_token", required = false) String token) {
    return withToken(
        token,
        app ->
            wechat
                .menu(app)
                .<Map<String, Object>>map(menu -> Map.of("menu", menu))
                .orElseGet(() -> error(46003, "menu no exist")));
  }

  @PostMapping("/tags/create")
  Map<String, Object> createTag(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app -> {
          String name = body.path("tag").path("name").asText();
          long id = wechat.userTags(app).create(name);
          return id < 0
              ? error((int) -id, "tag name invalid or too many tags")
              : Map.of("tag", Map.of("id", id, "name", name));
        });
  }

  @RequestMapping(
      path = "/tags/get",
      method = {RequestMethod.GET, RequestMethod.POST})
  Map<String, Object> tags(@RequestParam(name = "access_token", required = false) String token) {
    return withToken(token, app -> Map.of("tags", wechat.userTags(app).list()));
  }

  @PostMapping("/tags/members/batchtagging")
  Map<String, Object> tagFans(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app ->
            errcodeAnswer(
                wechat.userTags(app).change(body.path("tagid").asLong(), openids(body), true)));
  }

  @PostMapping("/tags/members/batchuntagging")
  Map<String, Object> untagFans(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app ->
            errcodeAnswer(
                wechat.userTags(app).change(body.path("tagid").asLong(), openids(body), false)));
  }

  @PostMapping("/tags/getidlist")
  Map<String, Object> tagsOfFan(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestBody JsonNode body) {
    return withToken(
        token,
        app -> Map.of("tagid_list", wechat.userTags(app).idsOf(body.path("openid").asText())));
  }

  @PostMapping("/media/upload")
  Map<String, Object> upload(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestParam(defaultValue = "image") String type,
      MultipartHttpServletRequest request) {
    return withToken(
        token,
        app -> {
          MultipartFile file = request.getFileMap().values().stream().findFirst().orElse(null);
          if (file == null) {
            return error(41005, "media data missing");
          }
          String mediaId =
              wechat.putMedia(
                  bytes(file),
                  Optional.ofNullable(file.getOriginalFilename()).orElse("upload"),
                  Optional.ofNullable(file.getContentType())
                      .orElse(MediaType.APPLICATION_OCTET_STREAM_VALUE));
          return Map.of(
              "type", type, "media_id", mediaId, "created_at", System.currentTimeMillis() / 1000);
        });
  }

  @GetMapping(path = "/media/get", produces = MediaType.ALL_VALUE)
  ResponseEntity<?> media(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestParam(name = "media_id", required = false) String mediaId)
      throws IOException {
    if (wechat.appOf(token).isEmpty()) {
      return jsonAnswer(error(40001, "invalid credential, access_token is invalid or not latest"));
    }
    Optional<WeChatStandIn.Media> found = wechat.media(mediaId);
    if (found.isEmpty()) {
      return jsonAnswer(error(40007, "invalid media_id"));
    }
    WeChatStandIn.Media media = found.get();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, media.contentType())
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + media.fileName() + "\"")
        .body(media.content());
  }

  private ResponseEntity<byte[]> jsonAnswer(Map<String, Object> body) throws IOException {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.writeValueAsBytes(body));
  }

  private Map<String, Object> withToken(
      String token, Function<String, Map<String, Object>> answer) {
    return wechat
        .appOf(token)
        .map(answer)
        .orElseGet(() -> error(40001, "invalid credential, access_token is invalid or not latest"));
  }

  private static Map<String, Object> tokenAnswer(Optional<String> token) {
    return token
        .<Map<String, Object>>map(value -> Map.of("access_token", value, "expires_in", 7200))
        .orElseGet(() -> error(40125, "invalid appsecret"));
  }

  private static List<String> openids(JsonNode body) {
    List<String> openids = new ArrayList<>();
    body.path("openid_list").forEach(openid -> openids.add(openid.asText()));
    return openids;
  }

  private static Map<String, Object> errcodeAnswer(int errcode) {
    return errcode == 0 ? ok() : error(errcode, "invalid tag or too many tags on the fan");
  }

  private static Map<String, Object> ok() {
    return Map.of("errcode", 0, "errmsg", "ok");
  }

  private static Map<String, Object> error(int errcode, String errmsg) {
    return Map.of("errcode", errcode, "errmsg", errmsg);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new IllegalStateException("reading the uploaded media failed", e);
    }
  }
}
