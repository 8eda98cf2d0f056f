package org.wechatdesk.routing;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.IntegrationTest;

/**
 * The rules screen tries the running rules on a situation, and shows where a broken submission
 * fails.
 */
class RulesScreenBrowserTest extends IntegrationTest {

  @Test
  void adminTriesTheRulesAndSeesCompilerMessagesByLine() throws Exception {
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/rules']")).click();

      WebElement editor = browser.visible(By.cssSelector("[data-testid=rules-editor]"));
      await("the active rules are shown", () -> editor.getDomProperty("value").contains("rule \""));

      browser.visible(By.xpath("//button[normalize-space()='试算']")).click();
      // The form's initial situation: agent1 busy, agent2 at 2 of 3, agent3 at 1 of 5, least loaded
      // first.
      browser.waitForText(By.cssSelector("[data-testid=trial-result]"), "分配给 agent3 (#3)");
      browser.waitForText(By.cssSelector("[data-testid=trial-result]"), "agent1 (#1)");
      browser.screenshot("rules-trial");

      // Selected and deleted as a person would: clear() bypasses the Ant Design form's store.
      editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      editor.sendKeys(
          "package org.wechatdesk.routing.rules;\n\nrule \"Broken\"\nwhen\n  NoSuchFact( )\nthen\nend\n");
      browser.visible(By.xpath("//button[normalize-space()='提交为新版本']")).click();
      browser.waitForText(By.cssSelector("[role=alert]"), "规则有误");
      browser.waitForText(By.cssSelector("[data-testid=problem-line]"), "NoSuchFact");
    }
  }
}
