package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;

/**
 * An admin sets 熟客优先's 设置时间 for one account on the routing-navigation screen, in hours; the
 * account's routing keeps it in minutes.
 */
class NavigationsScreenBrowserTest extends ConversationScenario {

  @Test
  void anAdminSetsTheAccountsFamiliarWindowInHours() throws Exception {
    long accountId = account.account().id();
    String form = "routing-" + accountId;
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/navigations']")).click();

      WebElement amount = browser.visible(By.id(form + "_window_amount"));
      await("the account's window is shown", () -> "1".equals(amount.getDomProperty("value")));
      amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
      browser.chooseAntOption(
          By.xpath(
              "//input[@id='"
                  + form
                  + "_window_unit']/ancestor::div[contains(@class,'ant-select')][1]"),
          "小时");
      browser.screenshot("admin-navigations-familiar-window");
      browser.visible(By.cssSelector("form#" + form + " button[type=submit]")).click();
      browser.waitForText(By.cssSelector("form#" + form + " .ant-alert-success"), "已保存");
    }

    assertThat(
            jdbc.sql(
                    "select familiar_window_minutes from desk.account_routing where account_id = ?")
                .param(accountId)
                .query(Long.class)
                .single())
        .isEqualTo(180L);
  }
}
