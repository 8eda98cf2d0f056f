package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.support.Browser;
import org.wechatdesk.user.DeskUserRepository;

/**
 * The README's walk-through in headless Chromium: an agent logs in from the login page's demo list, a fan
 * in the simulator's tab writes and picks the menu, the agent sees the message and replies, and the fan
 * sees the reply.
 */
class DemoWalkThroughBrowserTest extends DemoContext {

  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By FAN_LINES = By.cssSelector("[data-testid=sim-line]");

  @Autowired AccountRepository accounts;
  @Autowired FanRepository fans;
  @Autowired CustomerProfileRepository customers;
  @Autowired DeskUserRepository users;

  @Test
  void anAgentAndASimulatedFanChat() throws Exception {
    String openid = "o_demo_walk_" + Long.toString(System.nanoTime(), 36);
    // agent1 owns this fan (所属座席), so routing picks agent1 whatever the other demo tests left behind.
    long fanId = fans.findOrCreate(accounts.findByAppId(DemoAccount.APP_ID).orElseThrow().id(), openid).id();
    customers.save(new CustomerProfile(fanId, users.findByUsername("agent1").orElseThrow().id(), false, false));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      browser.open(baseUrl() + "/");
      browser.visible(By.xpath("//button[contains(., 'agent1 / " + DemoAccount.PASSWORD + "')]")).click();
      browser.screenshot("demo-login");
      browser.visible(By.cssSelector("button[type=submit]")).click();
      browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
      String agentWindow = driver.getWindowHandle();

      driver.switchTo().newWindow(WindowType.TAB);
      String fanWindow = driver.getWindowHandle();
      browser.open(baseUrl() + "/#/simulator");
      browser.visible(By.cssSelector("[data-testid=sim-openid]")).clear();
      browser.visible(By.cssSelector("[data-testid=sim-openid]")).sendKeys(openid);
      browser.visible(By.cssSelector("[data-testid=sim-switch]")).click();
      browser.visible(By.cssSelector("[data-testid=sim-text]")).sendKeys("你好，我想买一台笔记本 /::)");
      browser.visible(By.cssSelector("[data-testid=sim-send]")).click();
      browser.waitForText(FAN_LINES, "售前咨询");
      browser.visible(By.cssSelector("[data-testid=sim-menu-1]")).click();
      browser.visible(By.cssSelector("[data-testid=sim-text]")).sendKeys("有 16G 内存的吗？");
      browser.visible(By.cssSelector("[data-testid=sim-send]")).click();

      driver.switchTo().window(agentWindow);
      // Other demo tests may have left agent1 conversations of their own: open this fan's.
      browser.visible(By.xpath("//*[@data-testid='conversation-item'][contains(., '" + openid + "')]")).click();
      browser.waitForText(MESSAGES, "有 16G 内存的吗");
      browser.visible(By.cssSelector("[data-testid=composer-input]")).sendKeys("您好，有的，我给您推荐几款 /:,@-D");
      browser.visible(By.cssSelector("[data-testid=send-button]")).click();
      browser.waitForText(By.cssSelector("[data-testid=chat-message][data-direction=OUT]"), "我给您推荐几款");
      browser.screenshot("demo-workbench");

      driver.switchTo().window(fanWindow);
      browser.waitForText(By.cssSelector("[data-testid=sim-line][data-from=desk]"), "我给您推荐几款");
      assertThat(driver.findElements(By.cssSelector("[data-testid=sim-line][data-from=fan]")).stream()
          .anyMatch(line -> line.getText().contains("笔记本 😊"))).as("the fan's own emoji shows as Unicode").isTrue();
      browser.screenshot("demo-simulator");
    }
  }
}
