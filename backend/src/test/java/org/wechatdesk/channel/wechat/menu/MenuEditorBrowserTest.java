package org.wechatdesk.channel.wechat.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;

/**
 * An admin builds a menu in the editor in a real headless Chromium, with the account's H5 chat link
 * on a button, and publishes it after the warning.
 */
class MenuEditorBrowserTest extends IntegrationTest {

  @Value("${desk.public-base-url}")
  String publicBaseUrl;

  @Test
  void adminEditsAMenuAndPublishesItAfterTheWarning() throws Exception {
    TestAccount account = bindAccount();
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/menu']")).click();

      browser.chooseAntOption(
          By.cssSelector(".account-picker .ant-select"),
          account.account().name() + " (" + account.account().appId() + ")");
      browser.waitForText(By.cssSelector(".card"), "该公众号目前没有自定义菜单");

      browser.visible(By.cssSelector("[data-testid=menu-add-top]")).click();
      browser.visible(By.id("menu-0-name")).sendKeys("客服");
      browser.visible(By.id("menu-0-key")).sendKeys("svc");
      browser.waitForText(By.id("menu-0-name-count"), "6/16 字节");

      browser.visible(By.cssSelector("[data-testid=menu-add-top]")).click();
      browser.visible(By.id("menu-1-name")).sendKeys("更多");
      browser.visible(By.cssSelector("[data-testid=menu-1-add-sub]")).click();
      browser.visible(By.cssSelector("[data-testid=menu-1-add-sub]")).click();
      browser.visible(By.id("menu-1-0-name")).sendKeys("临时");
      browser.visible(By.id("menu-1-1-name")).sendKeys("官网");
      new Select(browser.visible(By.id("menu-1-1-type"))).selectByValue("view");
      browser.visible(By.id("menu-1-1-url")).sendKeys("https://example.com/help");
      browser.visible(By.cssSelector("[data-testid=menu-1-0-remove]")).click();
      browser.visible(By.cssSelector("[data-testid=menu-1-add-sub]")).click();
      browser.visible(By.id("menu-1-1-name")).sendKeys("在线客服");
      new Select(browser.visible(By.id("menu-1-1-type"))).selectByValue("view");
      browser.visible(By.cssSelector("[data-testid=menu-1-1-use-h5]")).click();
      browser.screenshot("menu-editor");

      browser.waitForText(By.cssSelector(".phone-menu"), "更多");
      browser.visible(By.cssSelector("[data-testid=menu-publish]")).click();
      browser.waitForText(By.cssSelector(".ant-modal-confirm"), "替换");
      browser.visible(By.cssSelector(".ant-modal-confirm .ant-btn-primary")).click();
      browser.waitForText(By.cssSelector("[role=status]"), "已发布");
    }

    assertThat(WECHAT.calls(FakeWeChatApi.MENU_CREATE)).hasSize(1);
    assertThat(WECHAT.calls(FakeWeChatApi.MENU_CREATE).get(0).json())
        .isEqualTo(
            new ObjectMapper()
                .readTree(
                    """
        {"button": [
          {"type": "click", "name": "客服", "key": "svc"},
          {"name": "更多", "sub_button": [
            {"type": "view", "name": "官网", "url": "https://example.com/help"},
            {"type": "view", "name": "在线客服", "url": "%s/h5/%s"}]}
        ]}"""
                        .formatted(
                            publicBaseUrl.replaceAll("/+$", ""), account.account().appId())));
  }
}
