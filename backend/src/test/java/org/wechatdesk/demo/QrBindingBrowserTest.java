package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wechatdesk.support.Browser;

/**
 * A newcomer in demo mode binds an account by 微信授权 in a real browser: the wizard opens the
 * stand-in's QR page, its button stands for the scan, and WeChat's return lands on the accounts
 * screen with the account bound by QR code.
 */
class QrBindingBrowserTest extends DemoContext {

  @Test
  void theWizardsQrPathBindsTheDemosSecondAccount() throws Exception {
    // The desk's public address in demo mode: WeChat's page sends the browser back there.
    String desk = "http://localhost:" + PORT;
    try (Browser browser = new Browser()) {
      browser.logIn(desk, "admin", DemoAccount.PASSWORD);
      browser.open(desk + "/#/accounts");
      browser.visible(By.xpath("//button[normalize-space()='绑定公众号']")).click();
      browser.visible(By.xpath("//button[normalize-space()='微信授权']")).click();
      browser.visible(By.id("scan")).click();

      browser.waitForText(
          By.cssSelector(".alert-success"), "已通过微信授权绑定公众号 " + DemoComponent.AUTHORIZER_APP_ID);
      browser.waitForText(By.cssSelector("table"), DemoComponent.AUTHORIZER_NAME);
      browser.waitForText(By.cssSelector("table"), "扫码授权");
      assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
  }
}
