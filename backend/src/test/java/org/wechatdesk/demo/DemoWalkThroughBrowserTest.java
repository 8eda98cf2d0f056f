package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertLiveEqualsFreshLoad;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ReloadOracle.WorkbenchView;
import org.wechatdesk.user.DeskUserRepository;

/**
 * The README's walk-through in headless Chromium: an agent logs in from the login page's demo list,
 * a fan in the simulator's tab writes and picks the menu, the agent sees the message and replies,
 * and the fan sees the reply. Then the fan stays silent: the demo's short visitor timeouts fire (by
 * moving the engine's clock, as the real minutes would), the fan is prompted, the conversation
 * closes with the survey and the rating template message, the fan rates by replying and again on
 * the page the template links to. At each step the agent's live workbench equals a fresh load of it
 * (support/ReloadOracle).
 */
class DemoWalkThroughBrowserTest extends DemoContext {

  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By FAN_LINES = By.cssSelector("[data-testid=sim-line]");
  private static final By DESK_LINES = By.cssSelector("[data-testid=sim-line][data-from=desk]");

  @Autowired AccountRepository accounts;
  @Autowired FanRepository fans;
  @Autowired CustomerProfileRepository customers;
  @Autowired DeskUserRepository users;
  @Autowired ConversationRepository conversations;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  @Test
  void anAgentAndASimulatedFanChat() throws Exception {
    String openid = "o_demo_walk_" + Long.toString(System.nanoTime(), 36);
    // agent1 owns this fan (所属座席), so routing picks agent1 whatever the other demo tests left
    // behind.
    long fanId =
        fans.findOrCreate(accounts.findByAppId(DemoAccount.APP_ID).orElseThrow().id(), openid).id();
    customers.save(
        new CustomerProfile(
            fanId, users.findByUsername("agent1").orElseThrow().id(), false, false));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      browser.open(baseUrl() + "/");
      browser
          .visible(By.xpath("//button[contains(., 'agent1 / " + DemoAccount.PASSWORD + "')]"))
          .click();
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
      browser
          .visible(By.xpath("//*[@data-testid='conversation-item'][contains(., '" + openid + "')]"))
          .click();
      browser.waitForText(MESSAGES, "有 16G 内存的吗");
      browser
          .visible(By.cssSelector("[data-testid=composer-input]"))
          .sendKeys("您好，有的，我给您推荐几款 /:,@-D");
      browser.visible(By.cssSelector("[data-testid=send-button]")).click();
      browser.waitForText(
          By.cssSelector("[data-testid=chat-message][data-direction=OUT]"), "我给您推荐几款");
      browser.screenshot("demo-workbench");
      assertLiveEqualsFreshLoad(browser, baseUrl());

      driver.switchTo().window(fanWindow);
      browser.waitForText(By.cssSelector("[data-testid=sim-line][data-from=desk]"), "我给您推荐几款");
      assertThat(
              driver.findElements(By.cssSelector("[data-testid=sim-line][data-from=fan]")).stream()
                  .anyMatch(line -> line.getText().contains("笔记本 😊")))
          .as("the fan's own emoji shows as Unicode")
          .isTrue();
      browser.screenshot("demo-simulator");

      Conversation conversation = conversations.findLatestForFan(fanId).orElseThrow();
      try {
        fanStaysSilent(conversation, Duration.ofSeconds(61));
        Await.until(
            "the visitor prompt is queued for the fan", () -> queuedFor(openid, "请问还有什么可以帮您"));
        browser.waitForText(DESK_LINES, "请问还有什么可以帮您");
        fanStaysSilent(conversation, Duration.ofMinutes(2));
        browser.waitForText(DESK_LINES, "本次会话已结束");
        browser.waitForText(DESK_LINES, "请为本次服务评分");
        // The template as the fan's WeChat shows it: its title and labels, not its id or field
        // names.
        browser.waitForText(DESK_LINES, DemoAccount.SATISFACTION_TEMPLATE.title());
        String templateCard =
            browser
                .visible(
                    By.xpath(
                        "//*[@data-testid='sim-line'][@data-from='desk']"
                            + "[contains(., '"
                            + DemoAccount.SATISFACTION_TEMPLATE.title()
                            + "')]"))
                .getText();
        assertThat(templateCard)
            .contains("结束时间：" + endTimeInShanghai(conversation.id()))
            .doesNotContain("keyword1")
            .doesNotContain(DemoAccount.SATISFACTION_TEMPLATE_ID);
      } finally {
        ClockUtil.reset();
      }
      browser.screenshot("demo-survey");
      driver.switchTo().window(agentWindow);
      browser.waitForText(MESSAGES, "本次会话已结束");
      WorkbenchView afterTimeouts = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(afterTimeouts.status()).isEqualTo("ENDED");
      assertThat(afterTimeouts.transcript())
          .anyMatch(line -> line.contains("请问还有什么可以帮您"))
          .anyMatch(line -> line.contains("请为本次服务评分"));
      driver.switchTo().window(fanWindow);
      assertThat(conversations.findById(conversation.id()).orElseThrow().endReason())
          .isEqualTo(Conversation.EndReason.VISITOR_TIMEOUT);

      browser.visible(By.cssSelector("[data-testid=sim-text]")).sendKeys("1 是");
      browser.visible(By.cssSelector("[data-testid=sim-send]")).click();
      browser.waitForText(DESK_LINES, "感谢您的评价");
      assertThat(conversations.findById(conversation.id()).orElseThrow().rating()).isEqualTo(1);
      driver.switchTo().window(agentWindow);
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).visitor())
          .as("the agent sees the rating without a reload")
          .contains("（1 分）");
      driver.switchTo().window(fanWindow);

      String ratingLink =
          browser
              .visible(
                  By.xpath(
                      "//*[@data-testid='sim-line'][@data-from='desk']//a[contains(@href, '/#/rate/')]"))
              .getAttribute("href");
      browser.open(ratingLink);
      browser.visible(By.xpath("//label[normalize-space(.)='满意']/input")).click();
      browser.visible(By.xpath("//label[normalize-space(.)='已解决']/input")).click();
      browser.visible(By.cssSelector("button[type=submit]")).click();
      browser.waitForText(By.cssSelector("[role=status]"), "感谢您的评价");
      browser.screenshot("demo-rating-page");
      Conversation rated = conversations.findById(conversation.id()).orElseThrow();
      assertThat(rated.rating()).as("the page's rating replaces the replied one").isEqualTo(2);
      assertThat(rated.solved()).isTrue();
    }
  }

  /** The desk's default zone (desk.time-zone), whatever zone the machine running the test is in. */
  private String endTimeInShanghai(long conversationId) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneId.of("Asia/Shanghai"))
        .format(conversations.findById(conversationId).orElseThrow().endedAt());
  }

  private boolean queuedFor(String openid, String text) {
    return jdbc.sql(
                "select count(*) from desk.outbound_message where openid = ? and payload like ?")
            .params(openid, "%" + text + "%")
            .query(Long.class)
            .single()
        > 0;
  }

  /** Moves the engine's clock on and runs the conversation's timers that are due by then. */
  private void fanStaysSilent(Conversation conversation, Duration silence) {
    Date now = new Date(ClockUtil.getCurrentTime().getTime() + silence.toMillis());
    ClockUtil.setCurrentTime(now);
    ManagementService management = engine.getManagementService();
    List<Job> due =
        management
            .createJobQuery()
            .processInstanceId(conversation.processInstanceId())
            .duedateLowerThan(new Date(now.getTime() + 1))
            .list();
    assertThat(due)
        .as(
            "timers due by %s among %s (the process waits at %s)",
            now,
            management
                .createJobQuery()
                .processInstanceId(conversation.processInstanceId())
                .list()
                .stream()
                .map(job -> job.getDuedate())
                .toList(),
            engine.getRuntimeService().getActiveActivityIds(conversation.processInstanceId()))
        .isNotEmpty();
    for (Job job : due) {
      management.executeJob(job.getId());
    }
  }
}
