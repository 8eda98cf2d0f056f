package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.account.AccountBinding;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.support.HttpSession;

/**
 * A newcomer binds the demo's second account by 微信授权 without WeChat: the demo plays the QR page,
 * whose button stands for the scan and returns to the desk with an authorization code.
 */
class DemoQrAuthorizationTest extends DemoContext {

  private static final Pattern SCAN_LINK = Pattern.compile("id=scan href=\"([^\"]+)\"");

  @Autowired AccountRepository accounts;
  @Autowired ObjectMapper json;

  @Test
  void theQrPageBindsTheDemosSecondAccount() throws Exception {
    HttpSession admin = HttpSession.login(baseUrl(), "admin", DemoAccount.PASSWORD);

    HttpResponse<String> started = admin.send("POST", "/api/admin/component/authorizations", null);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    URI page = URI.create(json.readTree(started.body()).path("authorizationUrl").asText());
    assertThat(page.getPath()).isEqualTo("/demo/wechat-open/cgi-bin/componentloginpage");

    HttpResponse<String> qr = admin.openPage(page.getRawPath() + "?" + page.getRawQuery());
    assertThat(qr.statusCode()).isEqualTo(200);
    Matcher scan = SCAN_LINK.matcher(qr.body());
    assertThat(scan.find()).as(qr.body()).isTrue();
    HttpResponse<String> scanned = admin.openPage(scan.group(1).replace("&amp;", "&"));
    assertThat(scanned.statusCode()).isEqualTo(302);
    URI callback = URI.create(scanned.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> landed =
        admin.openPage(callback.getRawPath() + "?" + callback.getRawQuery());
    assertThat(landed.statusCode()).isEqualTo(302);
    assertThat(landed.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/#/accounts?authorized=" + DemoComponent.AUTHORIZER_APP_ID);
    OfficialAccount bound = accounts.findByAppId(DemoComponent.AUTHORIZER_APP_ID).orElseThrow();
    assertThat(bound.name()).isEqualTo(DemoComponent.AUTHORIZER_NAME);
    assertThat(bound.binding()).isEqualTo(AccountBinding.COMPONENT);
  }
}
