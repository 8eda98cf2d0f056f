package org.wechatdesk.conversation.flow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * An admin changes the welcome text in the flow-settings screen of a real headless Chromium; the
 * next conversation, started by a real encrypted push, greets the fan with it (the introduction
 * follows in the same message) through the WeChat API.
 */
class FlowSettingsBrowserTest extends ConversationScenario {

  private static final By WELCOME = By.id("flow_welcomeText");
  private static final By ACCOUNT_PICKER = By.cssSelector(".account-picker .ant-select");
  private static final By ACCOUNT_CHOSEN =
      By.cssSelector(".account-picker .ant-select-selection-item");

  @Test
  void aWelcomeTextChangedOnScreenGreetsTheNextFan() throws Exception {
    String welcome = "欢迎光临，浏览器里改的欢迎语 " + System.nanoTime();
    String accountId = Long.toString(account.account().id());
    try (Browser browser = new Browser()) {
      browser.open(baseUrl() + "/");
      browser.visible(By.id("login-username")).sendKeys("admin");
      browser.visible(By.id("login-password")).sendKeys("test-admin-password");
      browser.visible(By.cssSelector("button[type=submit]")).click();
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/flow']")).click();

      String accountTitle = account.account().name() + " (" + account.account().appId() + ")";
      WebElement chosen = browser.visible(ACCOUNT_CHOSEN);
      WebElement shown = browser.visible(WELCOME);
      if (!accountTitle.equals(chosen.getAttribute("title"))) {
        browser.chooseAntOption(ACCOUNT_PICKER, accountTitle);
        await("the chosen account's settings replace the first account's", () -> isGone(shown));
      }
      WebElement text = browser.visible(WELCOME);
      text.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      text.sendKeys(welcome);
      browser.screenshot("admin-flow-settings");
      browser.visible(By.cssSelector(".settings-form button[type=submit]")).click();
      browser.waitForText(By.cssSelector(".alert-success"), "已保存");
    }

    String fan = fan();
    fanWrites(fan, "你好");
    await(
        "the new welcome text reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                .anyMatch(
                    call ->
                        call.json().path("touser").asText().equals(fan)
                            && call.json()
                                .path("text")
                                .path("content")
                                .asText()
                                .startsWith(welcome + "\n")));
    String audited =
        jdbc.sql(
                """
            select after_json from desk.audit_entry where target_type = 'FLOW_SETTINGS' and target_id = ?
             order by id desc fetch first 1 rows only""")
            .param(accountId)
            .query(String.class)
            .single();
    assertThat(json.readTree(audited).path("welcomeText").asText()).isEqualTo(welcome);
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }
}
