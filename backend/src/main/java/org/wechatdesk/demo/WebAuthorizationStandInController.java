package org.wechatdesk.demo;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeChat's web authorization (网页授权) as the demo plays it: the page WeChat shows the visitor, where
 * the demo lets them pick which seeded fan they are, and the {@code sns} calls the desk makes with
 * the code.
 */
@RestController
@Profile("demo")
class WebAuthorizationStandInController {

  private final WeChatStandIn wechat;

  WebAuthorizationStandInController(WeChatStandIn wechat) {
    this.wechat = wechat;
  }

  @GetMapping(
      path = "/demo/wechat-open/connect/oauth2/authorize",
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<String> authorizePage(
      @RequestParam String appid,
      @RequestParam("redirect_uri") String redirectUri,
      @RequestParam String scope,
      @RequestParam(defaultValue = "") String state) {
    if (!wechat.knowsApp(appid)) {
      return ResponseEntity.badRequest().body("<p>appid 无效 / invalid appid</p>");
    }
    StringBuilder page =
        new StringBuilder(
            """
        <!doctype html><meta charset=utf-8><meta name=viewport content="width=device-width">
        <title>微信授权（演示）</title>
        <body style="font-family:sans-serif;max-width:420px;margin:2em auto;padding:0 1em">
        <h3>微信网页授权（演示） / WeChat web authorization (demo)</h3>
        <p>公众号请求获取你的昵称、头像 / The account asks for your nickname and avatar (scope %s).</p>
        <p>选择你是哪位粉丝 / Choose which fan you are:</p>"""
                .formatted(HtmlUtils.htmlEscape(scope)));
    for (Map.Entry<String, String> fan : DemoSeed.NICKNAMES.entrySet()) {
      String grant =
          UriComponentsBuilder.fromPath("/demo/wechat-open/connect/oauth2/grant")
              .queryParam("appid", appid)
              .queryParam("redirect_uri", redirectUri)
              .queryParam("scope", scope)
              .queryParam("state", state)
              .queryParam("openid", fan.getKey())
              .encode()
              .toUriString();
      page.append("<p><a data-openid=\"")
          .append(fan.getKey())
          .append("\" href=\"")
          .append(HtmlUtils.htmlEscape(grant))
          .append("\">允许，我是 ")
          .append(HtmlUtils.htmlEscape(fan.getValue()))
          .append(" / Allow as ")
          .append(HtmlUtils.htmlEscape(fan.getValue()))
          .append("</a></p>");
    }
    return ResponseEntity.ok(page.toString());
  }

  @GetMapping("/demo/wechat-open/connect/oauth2/grant")
  ResponseEntity<Void> grant(
      @RequestParam String appid,
      @RequestParam("redirect_uri") String redirectUri,
      @RequestParam String scope,
      @RequestParam(defaultValue = "") String state,
      @RequestParam String openid) {
    if (!wechat.knowsApp(appid) || !DemoSeed.NICKNAMES.containsKey(openid)) {
      return ResponseEntity.badRequest().build();
    }
    String code = wechat.issueWebCode(appid, openid, scope);
    String target =
        redirectUri
            + (redirectUri.contains("?") ? "&" : "?")
            + "code="
            + code
            + "&state="
            + URLEncoder.encode(state, StandardCharsets.UTF_8);
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
  }

  @GetMapping(
      path = "/demo/wechat-api/sns/oauth2/access_token",
      produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> accessToken(
      @RequestParam(required = false) String appid,
      @RequestParam(required = false) String secret,
      @RequestParam(required = false) String code) {
    return wechat
        .redeemWebCode(appid, secret, code)
        .<Map<String, Object>>map(
            token -> {
              WeChatStandIn.WebGrant grant = wechat.webGrant(token).orElseThrow();
              Map<String, Object> answer = new LinkedHashMap<>();
              answer.put("access_token", token);
              answer.put("expires_in", 7200);
              answer.put("refresh_token", "REFRESH_" + token);
              answer.put("openid", grant.openid());
              answer.put("scope", grant.scope());
              answer.put("is_snapshotuser", 0);
              return answer;
            })
        .orElseGet(() -> Map.of("errcode", 40029, "errmsg", "invalid code"));
  }

  @GetMapping(path = "/demo/wechat-api/sns/userinfo", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> userInfo(
      @RequestParam(name = "access_token", required = false) String token,
      @RequestParam(required = false) String openid) {
    return wechat
        .webGrant(token)
        .filter(grant -> grant.openid().equals(openid))
        .<Map<String, Object>>map(
            grant ->
                Map.of(
                    "openid",
                    grant.openid(),
                    "nickname",
                    DemoSeed.NICKNAMES.getOrDefault(grant.openid(), ""),
                    "sex",
                    0,
                    "province",
                    "",
                    "city",
                    "",
                    "country",
                    "",
                    "headimgurl",
                    "",
                    "privilege",
                    List.of()))
        .orElseGet(() -> Map.of("errcode", 40001, "errmsg", "invalid credential"));
  }
}
