package org.wechatdesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wechatdesk.channel.wechat.crypto.PushSignature;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.WeChatPush;

/**
 * An admin binds an account with the wizard in a real headless Chromium, checks the credentials
 * against the WeChat stand-in, and sees WeChat's URL-verification handshake arrive in the account's
 * status; then disables it from the row menu.
 */
class BindWizardBrowserTest extends IntegrationTest {

  @Test
  void adminBindsAnAccountChecksItsCredentialsAndSeesTheHandshake() throws Exception {
    String hex = String.format("%032x", System.nanoTime());
    String appId = "wx" + hex.substring(16);
    String secret = hex;
    String originalId = "gh_" + hex.substring(20);

    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      clickButton(browser, "绑定公众号");

      browser.visible(By.id("bind_originalId")).sendKeys(originalId);
      browser.visible(By.id("bind_appId")).sendKeys(appId);
      browser.visible(By.id("bind_appSecret")).sendKeys(secret);
      browser.visible(By.id("bind_name")).sendKeys("浏览器测试号");
      clickButton(browser, "下一步");

      clickButton(browser, "生成");
      await(
          "the generated Token is filled in",
          () -> !browser.visible(By.id("bind_token")).getDomProperty("value").isEmpty());
      clickButton(browser, "保存");

      String pushUrl = browser.visible(By.id("bind-push-url")).getDomProperty("value");
      assertThat(pushUrl).endsWith("/wechat/push/" + appId);
      String token = browser.visible(By.id("bind-copy-token")).getDomProperty("value");
      String encodingAesKey = browser.visible(By.id("bind-copy-key")).getDomProperty("value");
      assertThat(token).matches("[A-Za-z0-9]{32}");
      assertThat(encodingAesKey).matches("[A-Za-z0-9+/]{43}");
      browser.screenshot("bind-wizard-step3");

      WECHAT.registerApp(appId, secret);
      clickButton(browser, "验证凭据");
      browser.waitForText(By.cssSelector("[role=status]"), "凭据有效");

      WeChatPush wechat =
          new WeChatPush(
              baseUrl() + "/wechat/push/" + appId, appId, originalId, token, encodingAesKey);
      String timestamp = Long.toString(Instant.now().getEpochSecond());
      String nonce = "n" + System.nanoTime();
      HttpResponse<String> handshake =
          wechat.get(
              "signature="
                  + PushSignature.of(token, timestamp, nonce)
                  + "&timestamp="
                  + timestamp
                  + "&nonce="
                  + nonce
                  + "&echostr=echo-"
                  + nonce);
      assertThat(handshake.body()).isEqualTo("echo-" + nonce);

      clickButton(browser, "完成");
      By handshakeCell = By.xpath("//tr[.//strong[text()='浏览器测试号']]/td[2]/time");
      browser.visible(handshakeCell);
      browser.screenshot("accounts-handshake-received");

      String row = "//tr[.//strong[text()='浏览器测试号']]";
      browser.visible(By.xpath(row + "//button[contains(normalize-space(), '更多操作')]")).click();
      browser.visible(By.xpath("//li[@role='menuitem'][normalize-space()='停用']")).click();
      browser
          .visible(
              By.xpath(
                  "//div[contains(@class, 'ant-modal-confirm')]//button[normalize-space()='停用']"))
          .click();
      browser.waitForText(By.xpath(row + "//span[contains(@class, 'ant-tag')]"), "已停用");
      assertThat(accountService.get(accountId(appId)).state()).isEqualTo(AccountState.DISABLED);
      browser.screenshot("accounts-disabled");
    }
  }

  private long accountId(String appId) {
    return jdbc.sql("select id from desk.official_account where app_id = ?")
        .param(appId)
        .query(Long.class)
        .single();
  }

  private static void clickButton(Browser browser, String text) {
    By button = By.xpath("//button[normalize-space()='" + text + "']");
    browser.visible(button).click();
  }
}
