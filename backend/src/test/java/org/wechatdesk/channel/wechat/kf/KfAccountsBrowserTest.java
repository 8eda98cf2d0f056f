package org.wechatdesk.channel.wechat.kf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;

/**
 * The admin walks the customer-service accounts screen (客服账号) as the README says: picks the
 * account, is told what a WeChat ID must look like, saves a good one with the switch on, and sees
 * each agent's kf account (the admin's own here) as WeChat now holds it; a fresh load of the screen
 * shows the same.
 */
class KfAccountsBrowserTest extends ConversationScenario {

  private static final By WECHAT_ID = By.id("wechatId");

  @Test
  void theAdminTurnsOnAgentsOwnAccountsAndSeesWhatWeChatHolds() throws Exception {
    // The admin's own row: on the first page of the screen's table whatever other tests created.
    long adminId =
        jdbc.sql("select id from desk.desk_user where username = 'admin'")
            .query(Long.class)
            .single();
    String kfAccount = "kf" + adminId + "@deskbrowser";
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.open(baseUrl() + "/#/accounts");
      browser.visible(By.id("h5-url-" + account.account().id()));
      browser.screenshot("accounts-h5");

      browser.open(baseUrl() + "/#/admin/kf-accounts");
      browser.chooseAntOption(
          By.cssSelector(".account-picker .ant-select"),
          account.account().name() + " (" + account.account().appId() + ")");
      WebElement wechatId = browser.visible(WECHAT_ID);
      wechatId.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "1bad");
      browser.visible(By.cssSelector(".kf-accounts button[type=submit]")).click();
      browser.waitForText(By.cssSelector(".ant-form-item-explain-error"), "须为 6-20 位");
      assertThat(WECHAT.kfAccount(account.account().appId(), kfAccount))
          .as("nothing went to WeChat")
          .isEmpty();

      wechatId.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "deskbrowser");
      WebElement onOff = browser.visible(By.cssSelector(".kf-accounts .ant-switch"));
      if (!"true".equals(onOff.getAttribute("aria-checked"))) {
        onOff.click();
      }
      browser.visible(By.cssSelector(".kf-accounts button[type=submit]")).click();
      browser.waitForText(By.cssSelector(".kf-accounts .ant-alert-success"), "已与微信同步");
      By agentRow = By.xpath("//tr[td[contains(., '(admin)')]]");
      browser.waitForText(agentRow, kfAccount);
      browser.waitForText(agentRow, "已同步");
      browser.screenshot("kf-accounts");
      assertThat(WECHAT.kfAccount(account.account().appId(), kfAccount)).isPresent();

      browser.driver().navigate().refresh();
      browser.waitForText(agentRow, kfAccount);
      browser.waitForText(agentRow, "已同步");
      assertThat(browser.visible(WECHAT_ID).getAttribute("value")).isEqualTo("deskbrowser");
    }
  }
}
