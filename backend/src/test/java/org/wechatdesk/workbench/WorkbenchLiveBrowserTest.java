package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertLiveEqualsFreshLoad;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.fan.tag.FanTags;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.ReloadOracle;
import org.wechatdesk.support.ReloadOracle.WorkbenchView;

/**
 * Issue 15: the agent's screen tells the truth without a reload. After each step the live workbench
 * must settle on what a fresh load of it shows (support/ReloadOracle), and show the step's effect.
 * Flow timers fall due by moving the engine's clock, never by waiting.
 */
class WorkbenchLiveBrowserTest extends ConversationScenario {

  @Autowired FanTags fanTags;

  private static final By CONVERSATION = By.cssSelector("[data-testid=conversation-item]");
  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By COMPOSER = By.cssSelector("[data-testid=composer-input]");
  private static final By QUEUE_LENGTH = By.cssSelector("[data-testid=queue-length]");

  @Test
  void anAgentComingOnlineGetsTheWaitingFanLiveAndTheQueueCountFollows() throws Exception {
    Agent agent = agent(queueId, 1);
    agents.savePresence(agent.id(), AgentStatus.OFFLINE, 1);
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      String fan = fan();
      fanWrites(fan, "有人在吗");
      assertThat(conversationOf(fan).status()).isEqualTo(Conversation.Status.QUEUED);
      browser.visible(By.cssSelector("[data-testid=queue-length][data-count='1']"));
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).conversations()).isEmpty();

      browser.visible(By.cssSelector("[data-testid=presence-status] .presence-online")).click();

      browser.waitForText(MESSAGES, "有人在吗");
      browser.visible(By.cssSelector("[data-testid=queue-length][data-count='0']"));
      WorkbenchView view = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(view.conversations()).hasSize(1);
      assertThat(view.queueLength()).isEqualTo("0");

      String next = fan();
      fanWrites(next, "我也在等");
      assertThat(conversationOf(next).status()).isEqualTo(Conversation.Status.QUEUED);
      browser.visible(By.cssSelector("[data-testid=queue-length][data-count='1']"));
      assertLiveEqualsFreshLoad(browser, baseUrl());
    }
  }

  @Test
  void theHeaderQuotaAndCountdownFollowSendsFanMessagesAndTheAccountsSettings() throws Exception {
    settings(Map.of("agentRemindSeconds", 10));
    Agent agent = agent(queueId, 2);
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      String fan = fan();
      fanWrites(fan, "我想问一下价格");
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "我想问一下价格");
      browser.visible(By.cssSelector("[data-testid=reminder][data-remind-seconds='10']"));
      WorkbenchView before = assertLiveEqualsFreshLoad(browser, baseUrl());

      browser.visible(COMPOSER).sendKeys("您好，价格是 99 元。");
      browser.visible(By.cssSelector("[data-testid=send-button]")).click();
      browser.waitForText(By.cssSelector("[data-testid=chat-message][data-direction=OUT]"), "99 元");
      WorkbenchView afterSend = settledOnNewQuota(browser, before);
      assertThat(quotaLeft(afterSend)).isEqualTo(quotaLeft(before) - 1);

      fanWrites(fan, "好的");
      browser.waitForText(MESSAGES, "好的");
      WorkbenchView afterFan = settledOnNewQuota(browser, afterSend);
      assertThat(quotaLeft(afterFan)).isGreaterThan(quotaLeft(afterSend));
    }
  }

  @Test
  void theDesksOwnTextsTheInvitationAndTheRatingAppearLive() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      Conversation conversation = chatWaitingForTheVisitor(agent, fan);
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "请问有什么问题");

      advanceSeconds(conversation, 61);
      browser.waitForText(
          By.cssSelector("[data-testid=chat-message][data-automatic=true]"),
          FlowSettings.defaults().visitorPromptText());
      assertLiveEqualsFreshLoad(browser, baseUrl());

      browser.visible(By.cssSelector("[data-testid=invite-rating-button]")).click();
      browser.visible(By.cssSelector(".ant-message"));
      browser.waitForText(MESSAGES, FlowSettings.defaults().surveyInviteText());
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).visitor()).contains("本次评价未评价");
      fanWrites(fan, "1");
      browser.waitForText(By.cssSelector("[data-testid=chat-message][data-direction=IN]"), "1");
      WorkbenchView view = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(view.transcript()).anyMatch(line -> line.contains("[满意度评价]"));
      assertThat(view.transcript()).noneMatch(line -> line.contains("system"));
      assertThat(view.visitor()).as("the panel follows the rating").contains("（1 分）");

      fanTags.replace(conversation.fanId(), List.of("回头客"));
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).visitor())
          .as("and tags an admin or another agent gives the fan")
          .contains("回头客");
    }
  }

  @Test
  void aTransferConfirmsToTheSenderAndOpensAtTheBottomForTheReceiverWithTheRightWait()
      throws Exception {
    Agent first = agent(queueId, 2);
    String afterSalesName = "售后 " + System.nanoTime();
    long afterSales = queues.insert(afterSalesName, QueueStrategy.LEAST_LOADED, null);
    Agent next = agent(afterSales, 2);
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(first, fan);
    for (int i = 1; i <= 12; i++) {
      fanWrites(fan, "第 " + i + " 个问题：我的订单什么时候到？");
    }
    conversationOf(fan);
    try (Browser sender = new Browser();
        Browser receiver = new Browser()) {
      logIn(receiver, next);
      logIn(sender, first);
      sender.visible(CONVERSATION).click();
      sender.waitForText(MESSAGES, "第 12 个问题");

      sender.visible(By.cssSelector("[data-testid=transfer-button]")).click();
      sender.chooseAntOption(By.cssSelector("[role=dialog] .ant-select"), afterSalesName);
      sender.visible(By.cssSelector("[role=dialog] .ant-modal-footer .ant-btn-primary")).click();
      sender.waitForText(By.cssSelector(".ant-message"), "转接到 " + afterSalesName);
      assertThat(assertLiveEqualsFreshLoad(sender, baseUrl()).conversations()).isEmpty();

      receiver.waitForText(CONVERSATION, fanNameOf(conversation));
      receiver.visible(CONVERSATION).click();
      receiver.waitForText(MESSAGES, "第 12 个问题");
      new WebDriverWait(receiver.driver(), Duration.ofSeconds(10))
          .until(d -> scrolledToTheBottom(receiver));
      ConversationMessage firstUnanswered =
          messages.forConversation(conversation.id()).stream()
              .filter(line -> line.direction() == ConversationMessage.Direction.IN)
              .filter(line -> line.text().startsWith("第 1 个问题"))
              .findFirst()
              .orElseThrow();
      String since =
          receiver.visible(By.cssSelector("[data-testid=waited]")).getAttribute("data-since");
      assertThat(Instant.parse(since)).isEqualTo(firstUnanswered.createdAt());
      assertLiveEqualsFreshLoad(receiver, baseUrl());
    }
  }

  @Test
  void afterTheEndTheEndTextSurveyAndRatingStayReadableUntilTheAgentClosesIt() throws Exception {
    settings(Map.of("surveyAutomatic", true));
    Agent agent = agent(queueId, 2);
    String fan = fan();
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      Conversation conversation = chatWaitingForTheVisitor(agent, fan);
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "请问有什么问题");

      browser.visible(By.cssSelector("[data-testid=end-button]")).click();
      browser.visible(By.id("end-confirm")).click();
      await(
          "the conversation ends",
          () -> reload(conversation).status() == Conversation.Status.ENDED);
      browser.visible(By.cssSelector("[data-testid=chat-status][data-status=ENDED]"));
      browser.waitForText(MESSAGES, FlowSettings.defaults().endTextAgentEnded());
      browser.waitForText(MESSAGES, FlowSettings.defaults().surveyInviteText());
      fanWrites(fan, "2");
      browser.waitForText(By.cssSelector("[data-testid=chat-message][data-direction=IN]"), "2");
      WorkbenchView ended = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(ended.status()).isEqualTo("ENDED");
      assertThat(ended.transcript()).anyMatch(line -> line.contains("[满意度评价]"));

      browser.visible(By.cssSelector("[data-testid=close-button]")).click();
      browser.waitForText(By.cssSelector(".chat-empty"), "从左侧选择一个会话");
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).conversations()).isEmpty();
    }
  }

  private String fanNameOf(Conversation conversation) {
    return jdbc.sql("select openid from desk.fan where id = ?")
        .param(conversation.fanId())
        .query(String.class)
        .single();
  }

  private static boolean scrolledToTheBottom(Browser browser) {
    Object atBottom =
        browser
            .driver()
            .executeScript(
                "const s = document.querySelector('.message-scroller');"
                    + " return !!s && s.scrollHeight - s.scrollTop - s.clientHeight < 5;");
    return Boolean.TRUE.equals(atBottom);
  }

  /** The live view after the quota changed from {@code before}, equal to a fresh load. */
  private WorkbenchView settledOnNewQuota(Browser browser, WorkbenchView before) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> !ReloadOracle.read(browser).quota().equals(before.quota()));
    return assertLiveEqualsFreshLoad(browser, baseUrl());
  }

  private static int quotaLeft(WorkbenchView view) {
    return Integer.parseInt(view.quota().split(" until ")[0]);
  }

  private void logIn(Browser browser, Agent agent) {
    browser.logIn(baseUrl(), agent.username(), "pw");
    browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
  }
}
