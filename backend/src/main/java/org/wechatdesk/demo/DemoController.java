package org.wechatdesk.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.standin.WeChatStandIn;
import org.wechatdesk.system.NotFoundException;

/**
 * The fan simulator's API and what the login page shows about the demo. Exists only in demo mode.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/demo")
class DemoController {

  private final FanSimulator simulator;
  private final WeChatStandIn wechat;
  private final DemoMenu menu;
  private final String publicBaseUrl;

  DemoController(
      FanSimulator simulator,
      WeChatStandIn wechat,
      DemoMenu menu,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.simulator = simulator;
    this.wechat = wechat;
    this.menu = menu;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping("/info")
  DemoInfo info() {
    return new DemoInfo(
        true,
        List.of(
            new DemoInfo.Account(
                DemoAccount.APP_ID,
                DemoAccount.NAME,
                publicBaseUrl + "/wechat/push/" + DemoAccount.APP_ID)),
        DemoAccount.LOGINS,
        DemoSeed.FANS.stream().sorted().toList(),
        DemoSeed.VIP_FAN,
        List.of(DemoAccount.SATISFACTION_TEMPLATE));
  }

  @PostMapping("/fans/{openid}/pushes")
  FanSimulator.PushResult push(
      @PathVariable String openid, @RequestBody FanSimulator.SimulatedPush push) {
    return simulator.push(openid, push);
  }

  @GetMapping("/fans/{openid}/inbox")
  List<WeChatStandIn.Delivery> inbox(@PathVariable String openid) {
    return wechat.inbox(openid);
  }

  /**
   * The account's custom menu as published to the stand-in, shown at the bottom of the fan's chat.
   */
  @GetMapping("/menu")
  JsonNode menu() {
    return menu.current();
  }

  /**
   * Images the desk uploaded for a fan, so the simulator can show them as the fan's WeChat would.
   */
  @GetMapping("/media/{mediaId}")
  ResponseEntity<byte[]> media(@PathVariable String mediaId) {
    WeChatStandIn.Media media =
        wechat
            .media(mediaId)
            .orElseThrow(() -> new NotFoundException(DemoError.MEDIA_NOT_FOUND, "id", mediaId));
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, media.contentType())
        .body(media.content());
  }

  record DemoInfo(
      boolean demo,
      List<Account> accounts,
      List<DemoAccount.Login> logins,
      List<String> fans,
      String vipFan,
      List<DemoAccount.Template> templates) {
    record Account(String appId, String name, String pushUrl) {}
  }
}
