package org.wechatdesk.demo;

import java.nio.charset.StandardCharsets;
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
 * WeChat's authorization page of a third-party platform (the QR code) as the demo plays it: instead
 * of scanning with a phone, the newcomer clicks to authorize the demo's second account, and the
 * page sends the browser back to the desk with an authorization code, as WeChat does.
 */
@RestController
@Profile("demo")
class ComponentAuthorizationStandInController {

  private static final String SCANNED = "/demo/wechat-open/cgi-bin/componentloginpage/scanned";

  private final WeChatStandIn wechat;

  ComponentAuthorizationStandInController(WeChatStandIn wechat) {
    this.wechat = wechat;
  }

  @GetMapping(
      path = "/demo/wechat-open" + WeChatStandIn.COMPONENT_LOGIN_PAGE,
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  ResponseEntity<byte[]> qrPage(@RequestParam Map<String, String> link) {
    UriComponentsBuilder scanned = UriComponentsBuilder.fromPath(SCANNED);
    link.forEach(scanned::queryParam);
    String page =
        """
        <!doctype html><meta charset=utf-8><meta name=viewport content="width=device-width">
        <title>微信授权（演示）</title>
        <body style="font-family:sans-serif;max-width:460px;margin:2em auto;padding:0 1em">
        <h3>公众号授权（演示） / Authorize an Official Account (demo)</h3>
        <div aria-hidden=true style="width:180px;height:180px;margin:1em 0;background:
          repeating-linear-gradient(45deg,#111 0 8px,#fff 8px 16px),#fff;border:8px solid #fff;
          outline:1px solid #ccc"></div>
        <p>真实环境中，公众号管理员用微信扫描此二维码，选择公众号和权限。演示中点下面的按钮代替扫码。</p>
        <p>With WeChat the account's admin scans this QR code and picks the account and permissions;
        in the demo the button below stands for the scan.</p>
        <p><a id=scan href="%s">授权 %s / Authorize it</a></p>"""
            .formatted(
                HtmlUtils.htmlEscape(scanned.encode().toUriString()),
                HtmlUtils.htmlEscape(DemoComponent.AUTHORIZER_NAME));
    return ResponseEntity.ok(page.getBytes(StandardCharsets.UTF_8));
  }

  /** The newcomer "scanned": back to the desk's callback with the authorization code. */
  @GetMapping(SCANNED)
  ResponseEntity<byte[]> scanned(@RequestParam Map<String, String> link) {
    return WeChatStandInController.entity(
        wechat.componentConsent(link, DemoComponent.AUTHORIZER_APP_ID));
  }
}
