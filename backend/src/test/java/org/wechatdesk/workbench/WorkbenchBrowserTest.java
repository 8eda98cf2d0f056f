package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * An agent's day in a real headless Chromium against the real server: log in, a fan's encrypted
 * push appears, the reminder counts down, the reply reaches WeChat, a rating is invited, the chat
 * is ended; and a conversation tagged and handed to another queue's agent with a note.
 */
class WorkbenchBrowserTest extends ConversationScenario {

  private static final By USERNAME = By.id("login-username");
  private static final By PASSWORD = By.id("login-password");
  private static final By CONVERSATION = By.cssSelector("[data-testid=conversation-item]");
  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By COMPOSER = By.cssSelector("[data-testid=composer-input]");

  @Test
  void agentServesAFanFromTheWorkbench() throws Exception {
    Agent agent = agent(queueId, 2);
    try (Browser browser = new Browser()) {
      logIn(browser, agent);

      String fan = fan();
      fanWrites(fan, "你好，我的订单还没发货 /::(");
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "我的订单还没发货");
      WebElement reminder = browser.visible(By.cssSelector("[data-testid=reminder]"));
      assertThat(reminder.getText()).isNotBlank();

      browser.visible(COMPOSER).sendKeys("您好，我马上为您查询。");
      browser.visible(By.cssSelector("[data-testid=send-button]")).click();
      await(
          "the reply reaches WeChat",
          () ->
              wechat().calls(FakeWeChatApi.SEND).stream()
                  .anyMatch(
                      call ->
                          call.json().path("touser").asText().equals(fan)
                              && call.json()
                                  .path("text")
                                  .path("content")
                                  .asText()
                                  .equals("您好，我马上为您查询。")));
      browser.waitForText(
          By.cssSelector("[data-testid=chat-message][data-direction=OUT]"), "我马上为您查询");
      fanWrites(fan, "好的，谢谢");
      browser.waitForText(MESSAGES, "好的，谢谢");
      browser.screenshot("workbench-chat");

      Conversation conversation = conversationOf(fan);
      browser.visible(By.cssSelector("[data-testid=invite-rating-button]")).click();
      await(
          "the rating invitation reaches WeChat",
          () ->
              textsTo(fan).stream()
                  .anyMatch(text -> text.startsWith(FlowSettings.defaults().surveyInviteText())));

      browser.visible(By.cssSelector("[data-testid=end-button]")).click();
      browser.visible(By.id("end-confirm")).click();
      await(
          "the conversation ends",
          () -> reload(conversation).status() == Conversation.Status.ENDED);
      assertThat(reload(conversation).endReason()).isEqualTo(Conversation.EndReason.AGENT_ENDED);
      browser.screenshot("workbench-ended");
    }
  }

  @Test
  void agentTagsTheVisitorAndTransfersWithANoteThatTheNextAgentSees() throws Exception {
    Agent first = agent(queueId, 2);
    String afterSalesName = "售后 " + System.nanoTime();
    long afterSales = queues.insert(afterSalesName, QueueStrategy.LEAST_LOADED, null);
    Agent next = agent(afterSales, 2);
    String fan = fan();
    try (Browser browser = new Browser()) {
      logIn(browser, first);
      fanWrites(fan, "我要退货");
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "我要退货");

      browser.visible(By.cssSelector(".tag-add input")).sendKeys("老客户");
      browser.visible(By.cssSelector(".tag-add button[type=submit]")).click();
      browser.waitForText(By.cssSelector(".tag-list .ant-tag"), "老客户");
      await(
          "WeChat has the tag",
          () -> wechat().tagsOf(account.account().appId(), fan).contains("老客户"));
      browser.screenshot("workbench-visitor-tags");

      browser.visible(By.cssSelector("[data-testid=transfer-button]")).click();
      browser.chooseAntOption(By.cssSelector("[role=dialog] .ant-select"), afterSalesName);
      browser.visible(By.id("transfer_note")).sendKeys("客户要退货，订单 A123");
      browser.visible(By.cssSelector("[role=dialog] .ant-modal-footer .ant-btn-primary")).click();
      await(
          "the next agent has the conversation",
          () -> next.username().equals(conversationOf(fan).agentUsername()));
    }
    try (Browser browser = new Browser()) {
      logIn(browser, next);
      browser.visible(CONVERSATION).click();
      browser.waitForText(
          By.cssSelector("[data-testid=chat-message][data-direction=NOTE]"), "客户要退货，订单 A123");
      browser.waitForText(By.cssSelector(".tag-list .ant-tag"), "老客户");
      browser.screenshot("workbench-transferred");
    }
  }

  private void logIn(Browser browser, Agent agent) throws Exception {
    browser.open(baseUrl() + "/");
    browser.visible(USERNAME).sendKeys(agent.username());
    browser.visible(PASSWORD).sendKeys("pw");
    browser.screenshot("login");
    browser.visible(By.cssSelector("button[type=submit]")).click();
    browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
  }
}
