package org.wechatdesk.conversation.leftmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertLiveEqualsFreshLoad;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ReloadOracle.WorkbenchView;

/**
 * The message a fan left out of hours reaches the agent's workbench live, and the agent claims and
 * answers it there; after each step the live screen equals a fresh load (support/ReloadOracle).
 */
class LeftMessageBrowserTest extends LeaveMessageScenario {

  private static final By TODO = By.cssSelector("[data-testid=left-message]");

  @Test
  void theLeftMessageArrivesLiveAndTheAgentAnswersItFromTheWorkbench() throws Exception {
    Agent agent = agent(queueId, 2);
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), agent.username(), "pw");
      browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
      browser.visible(By.cssSelector("[data-testid=left-messages][data-loaded=true]"));
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).leftMessages()).isEmpty();

      String openid = fan();
      fanWrites(openid, "下班了吗？我要改地址");
      assertThat(conversationOf(openid).status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
      browser.waitForText(TODO, "下班了吗？我要改地址");
      fanWrites(openid, "新地址：北京市");
      browser.waitForText(TODO, "新地址：北京市");
      WorkbenchView left = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(left.leftMessages()).singleElement().asString().startsWith("OPEN: ");

      browser.visible(By.xpath("//*[@data-testid='left-message']//button[.='认领']")).click();
      browser.visible(By.cssSelector("[data-testid=left-message][data-status=CLAIMED]"));
      assertLiveEqualsFreshLoad(browser, baseUrl());

      browser.visible(By.xpath("//*[@data-testid='left-message']//button[.='回复']")).click();
      browser.visible(By.cssSelector("[data-testid=left-message] textarea")).sendKeys("已为您修改地址");
      browser.visible(By.xpath("//*[@data-testid='left-message']//button[.='发送回复']")).click();
      browser.visible(By.cssSelector("[data-testid=left-message][data-status=HANDLED]"));
      browser.waitForText(By.cssSelector("[data-testid=chat-message]"), "已为您修改地址");
      WorkbenchView answered = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(answered.conversations()).hasSize(1);
      assertThat(textsTo(openid)).endsWith("已为您修改地址");
    }
  }
}
