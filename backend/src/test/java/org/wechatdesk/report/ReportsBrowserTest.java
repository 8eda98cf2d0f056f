package org.wechatdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;

/**
 * A supervisor, who configures nothing, opens the reports and the wallboard from the navigation in
 * a real browser: the report narrowed to the queue shows the conversations this test made, and the
 * wallboard shows the queue's waiting visitor and then, pushed live, the next one.
 */
class ReportsBrowserTest extends ConversationScenario {

  private static final By CONNECTED =
      By.cssSelector("[data-testid=connection-state][data-state=connected]");

  @Test
  void aSupervisorOpensTheReportsAndTheWallboardAndSeesTheFigures() throws Exception {
    agent(queueId, 1);
    fanWaitingInTheQueue();
    Agent supervisor = supervisor(queueId, 1);
    agents.savePresence(supervisor.id(), AgentStatus.OFFLINE, 1);
    String queueName = queues.find(queueId).orElseThrow().name();

    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), supervisor.username(), "pw");
      browser.visible(CONNECTED);
      navigate(browser, "#/reports");
      browser.waitForText(By.tagName("h1"), "统计报表");
      await("the report is read", () -> figure(browser, "发起会话") != null);
      browser.chooseAntOption(
          By.xpath("//input[@aria-label='队列']/ancestor::div[contains(@class,'ant-select')][1]"),
          queueName);
      await(
          "the report shows the queue's two conversations",
          () -> "2".equals(figure(browser, "发起会话")));
      assertThat(figure(browser, "已接待")).isEqualTo("1");
      assertThat(figure(browser, "未能接待")).isEqualTo("0");
      browser.visible(By.cssSelector(".report-charts canvas"));
      browser.screenshot("reports-supervisor");

      navigate(browser, "#/wallboard");
      By waiting =
          By.xpath(
              "//section[@aria-label='队列']//tr[td[1][text()='"
                  + queueName
                  + "']]/td[contains(@class,'wallboard-number')]");
      await("the wallboard shows the visitor waiting", () -> "1".equals(text(browser, waiting)));
      browser.waitForText(By.cssSelector("section[aria-label='客服']"), "1 / 1");

      fanWrites(fan(), "还有我");
      await("the next visitor shows live", () -> "2".equals(text(browser, waiting)));
      browser.screenshot("wallboard-supervisor");
      assertThat(
              browser.driver().findElements(By.cssSelector("header nav a")).stream()
                  .map(WebElement::getText)
                  .toList())
          .contains("监控", "统计报表", "实时大屏")
          .doesNotContain("管理");
    }
  }

  /**
   * Follows the navigation's link to {@code hash}, clicked again while the screen being left still
   * re-renders under it.
   */
  private void navigate(Browser browser, String hash) {
    By link = By.cssSelector("header nav a[href='" + hash + "']");
    await(
        "the navigation opens " + hash,
        () -> {
          try {
            browser.driver().findElement(link).click();
          } catch (RuntimeException rerendered) {
            return false;
          }
          return browser.driver().getCurrentUrl().endsWith(hash);
        });
  }

  /** The value of the report's statistic titled {@code title}, or null while it is not shown. */
  private static String figure(Browser browser, String title) {
    return text(
        browser,
        By.xpath(
            "//div[contains(@class,'ant-statistic')][.//div[contains(@class,'ant-statistic-title')"
                + " and text()='"
                + title
                + "']]//span[contains(@class,'ant-statistic-content-value')]"));
  }

  private static String text(Browser browser, By locator) {
    try {
      List<WebElement> found = browser.driver().findElements(locator);
      return found.isEmpty() ? null : found.get(0).getText().trim();
    } catch (StaleElementReferenceException rerendered) {
      return null;
    }
  }
}
