package org.wechatdesk.demo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.wechatdesk.standin.WeChatStandIn;

/**
 * WeChat's web-authorization page (网页授权) as the demo plays it: instead of a WeChat user who
 * consents, the visitor picks which seeded fan they are. The stand-in checks the link and issues
 * the code; the {@code sns} calls the desk then makes go to the API host like every other call.
 */
@RestController
@Profile("demo")
class WebAuthorizationStandInController {

  private static final String GRANT = "/demo/wechat-open/connect/oauth2/grant";

  private final WeChatStandIn wechat;

  WebAuthorizationStandInController(WeChatStandIn wechat) {
    this.wechat = wechat;
  }

  @GetMapping(
      path = "/demo/wechat-open" + WeChatStandIn.OAUTH_AUTHORIZE,
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<byte[]> authorizePage(@RequestParam Map<String, String> link) {
    return wechat
        .refuseAuthorizeLink(link)
        .map(WeChatStandInController::entity)
        .orElseGet(() -> ResponseEntity.ok(choosePage(link).getBytes(StandardCharsets.UTF_8)));
  }

  /** The visitor chose a seeded fan: WeChat's redirect back to the desk with a code for them. */
  @GetMapping(GRANT)
  ResponseEntity<byte[]> grant(@RequestParam Map<String, String> linkAndOpenid) {
    Map<String, String> link = new HashMap<>(linkAndOpenid);
    String openid = link.remove("openid");
    if (openid == null || !DemoSeed.NICKNAMES.containsKey(openid)) {
      return ResponseEntity.badRequest().build();
    }
    return WeChatStandInController.entity(wechat.consent(link, openid, false));
  }

  private static String choosePage(Map<String, String> link) {
    StringBuilder page =
        new StringBuilder(
            """
        <!doctype html><meta charset=utf-8><meta name=viewport content="width=device-width">
        <title>微信授权（演示）</title>
        <body style="font-family:sans-serif;max-width:420px;margin:2em auto;padding:0 1em">
        <h3>微信网页授权（演示） / WeChat web authorization (demo)</h3>
        <p>公众号请求获取你的昵称、头像 / The account asks for your nickname and avatar (scope %s).</p>
        <p>选择你是哪位粉丝 / Choose which fan you are:</p>"""
                .formatted(HtmlUtils.htmlEscape(link.get("scope"))));
    for (Map.Entry<String, String> fan : DemoSeed.NICKNAMES.entrySet()) {
      UriComponentsBuilder grant = UriComponentsBuilder.fromPath(GRANT);
      link.forEach(grant::queryParam);
      grant.queryParam("openid", fan.getKey());
      page.append("<p><a data-openid=\"")
          .append(fan.getKey())
          .append("\" href=\"")
          .append(HtmlUtils.htmlEscape(grant.encode().toUriString()))
          .append("\">允许，我是 ")
          .append(HtmlUtils.htmlEscape(fan.getValue()))
          .append(" / Allow as ")
          .append(HtmlUtils.htmlEscape(fan.getValue()))
          .append("</a></p>");
    }
    return page.toString();
  }
}
