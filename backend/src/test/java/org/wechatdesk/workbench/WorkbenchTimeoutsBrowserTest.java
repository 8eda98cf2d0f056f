package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertLiveEqualsFreshLoad;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.ReloadOracle.WorkbenchView;

/**
 * Issue 15: what the flow's timers do reaches the agent's screen without a reload. Each timer falls
 * due by moving the engine's clock; after each one the live workbench must settle on what a fresh
 * load shows (support/ReloadOracle), and show the timer's effect.
 */
class WorkbenchTimeoutsBrowserTest extends ConversationScenario {

  private static final By CONVERSATION = By.cssSelector("[data-testid=conversation-item]");
  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By AUTOMATIC =
      By.cssSelector("[data-testid=chat-message][data-automatic=true]");

  @Test
  void theVisitorsSilencePromptsThenEndsTheChatWithTheCloseTextAndTheSurvey() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      Conversation conversation = chatWaitingForTheVisitor(agent, fan);
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "请问有什么问题");

      advanceSeconds(conversation, 61);
      browser.waitForText(AUTOMATIC, FlowSettings.defaults().visitorPromptText());
      assertThat(assertLiveEqualsFreshLoad(browser, baseUrl()).status()).isEqualTo("CHATTING");

      advanceSeconds(conversation, 5 * 60);
      assertThat(reload(conversation).status()).isEqualTo(Conversation.Status.ENDED);
      browser.visible(By.cssSelector("[data-testid=chat-status][data-status=ENDED]"));
      browser.waitForText(AUTOMATIC, FlowSettings.defaults().visitorCloseText());
      browser.waitForText(MESSAGES, FlowSettings.defaults().surveyInviteText());
      WorkbenchView ended = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(ended.status()).isEqualTo("ENDED");
      assertThat(ended.conversations()).hasSize(1);
    }
  }

  @Test
  void theAgentsSilenceAppeasesTheVisitorThenMovesTheChatToAnotherAgentOfTheQueue()
      throws Exception {
    settings(
        Map.of("agentAppeaseMinutes", 1, "autoTransferEnabled", true, "autoTransferMinutes", 2));
    Agent first = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "在吗？我的快递丢了");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.agentUsername()).isEqualTo(first.username());
    Agent second = agent(queueId, 2);
    try (Browser silent = new Browser();
        Browser other = new Browser()) {
      logIn(silent, first);
      logIn(other, second);
      silent.visible(CONVERSATION).click();
      silent.waitForText(MESSAGES, "我的快递丢了");

      advanceSeconds(conversation, 31);
      assertLiveEqualsFreshLoad(silent, baseUrl());

      advanceSeconds(conversation, 30);
      silent.waitForText(AUTOMATIC, FlowSettings.defaults().agentAppeaseText());
      assertLiveEqualsFreshLoad(silent, baseUrl());

      advanceSeconds(conversation, 60);
      assertThat(reload(conversation).agentUsername()).isEqualTo(second.username());
      silent.waitForText(By.cssSelector(".chat-empty"), "从左侧选择一个会话");
      assertThat(assertLiveEqualsFreshLoad(silent, baseUrl()).conversations()).isEmpty();

      listShows(other, 1);
      other.visible(CONVERSATION).click();
      other.waitForText(AUTOMATIC, FlowSettings.defaults().agentAppeaseText());
      assertThat(assertLiveEqualsFreshLoad(other, baseUrl()).conversations()).hasSize(1);
    }
  }

  @Test
  void endingAChatBringsTheNextWaitingVisitorAndTheQueueCountLive() throws Exception {
    Agent agent = agent(queueId, 1);
    String waiting = fanWaitingInTheQueue();
    try (Browser browser = new Browser()) {
      logIn(browser, agent);
      browser.visible(By.cssSelector("[data-testid=queue-length][data-count='1']"));
      browser.visible(CONVERSATION).click();
      browser.waitForText(MESSAGES, "我先来");
      assertLiveEqualsFreshLoad(browser, baseUrl());

      browser.visible(By.cssSelector("[data-testid=end-button]")).click();
      browser.visible(By.id("end-confirm")).click();

      listShows(browser, 2);
      browser.visible(By.cssSelector("[data-testid=queue-length][data-count='0']"));
      assertThat(conversationOf(waiting).status()).isEqualTo(Conversation.Status.CHATTING);
      WorkbenchView view = assertLiveEqualsFreshLoad(browser, baseUrl());
      assertThat(view.conversations()).hasSize(2);
      assertThat(view.queueLength()).isEqualTo("0");
    }
  }

  private static void listShows(Browser browser, int conversations) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .until(d -> d.findElements(CONVERSATION).size() == conversations);
  }

  private void logIn(Browser browser, Agent agent) {
    browser.logIn(baseUrl(), agent.username(), "pw");
    browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
  }
}
