package org.wechatdesk.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertLiveEqualsFreshLoad;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.ReloadOracle.WorkbenchView;

/**
 * The supervisor's monitor in a real browser next to the agent's workbench: the transcript follows
 * the fan live, the note shows in the agent's workbench (never in WeChat), and a take-over moves
 * the conversation from the agent's live screen to the supervisor's; after each step the agent's
 * screen equals a fresh load of it (support/ReloadOracle).
 */
class MonitoringBrowserTest extends ConversationScenario {

  private static final By MESSAGES = By.cssSelector("[data-testid=chat-message]");
  private static final By NOTES = By.cssSelector("[data-testid=chat-message][data-direction=NOTE]");
  private static final By CONNECTED =
      By.cssSelector("[data-testid=connection-state][data-state=connected]");

  @Test
  void aSupervisorWatchesNotesAndTakesOverWhileTheAgentsScreenStaysTrue() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "我的快递三天没动了");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    // Joins the queue after the fan was assigned, so that the take-over has somewhere to go.
    Agent supervisor = supervisor(queueId, 2);

    try (Browser agentScreen = new Browser();
        Browser monitor = new Browser();
        Browser supervisorDesk = new Browser()) {
      agentScreen.logIn(baseUrl(), agent.username(), "pw");
      agentScreen.visible(CONNECTED);
      agentScreen.visible(By.cssSelector("[data-testid=conversation-item]")).click();
      agentScreen.waitForText(MESSAGES, "我的快递三天没动了");

      monitor.logIn(baseUrl(), supervisor.username(), "pw");
      monitor.visible(CONNECTED);
      monitor.open(baseUrl() + "/#/monitor");
      By row = By.cssSelector("tr[data-row-key='" + conversation.id() + "']");
      monitor.waitForText(row, agent.username());
      monitor.visible(row).findElement(By.cssSelector("[data-testid=monitor-open]")).click();
      monitor.waitForText(MESSAGES, "我的快递三天没动了");

      fanWrites(fan, "能帮我查一下吗");
      monitor.waitForText(MESSAGES, "能帮我查一下吗");
      agentScreen.waitForText(MESSAGES, "能帮我查一下吗");

      int sendsBefore = wechat().calls(FakeWeChatApi.SEND).size();
      monitor.visible(By.cssSelector("[data-testid=monitor-note]")).sendKeys("先查物流单号");
      monitor.visible(By.cssSelector("[data-testid=monitor-send-note]")).click();
      agentScreen.waitForText(NOTES, "先查物流单号");
      monitor.waitForText(NOTES, "先查物流单号");
      monitor.screenshot("monitor");
      WorkbenchView withNote = assertLiveEqualsFreshLoad(agentScreen, baseUrl());
      assertThat(withNote.transcript()).anyMatch(line -> line.contains("先查物流单号"));
      List<FakeWeChatApi.Call> sends = wechat().calls(FakeWeChatApi.SEND);
      assertThat(sends.subList(sendsBefore, sends.size()))
          .extracting(call -> call.json().path("text").path("content").asText())
          .doesNotContain("先查物流单号");

      supervisorDesk.logIn(baseUrl(), supervisor.username(), "pw");
      supervisorDesk.visible(CONNECTED);
      assertThat(assertLiveEqualsFreshLoad(supervisorDesk, baseUrl()).conversations()).isEmpty();

      monitor.visible(By.cssSelector("[data-testid=monitor-take-over]")).click();
      monitor.visible(By.cssSelector(".ant-modal-confirm-btns .ant-btn-primary")).click();
      await(
          "the supervisor serves the conversation",
          () -> supervisor.username().equals(reload(conversation).agentUsername()));

      monitor.waitForText(row, supervisor.username());
      await(
          "the conversation leaves the agent's live list",
          () ->
              agentScreen
                  .driver()
                  .findElements(By.cssSelector("[data-testid=conversation-item]"))
                  .isEmpty());
      assertThat(assertLiveEqualsFreshLoad(agentScreen, baseUrl()).conversations()).isEmpty();

      supervisorDesk.visible(By.cssSelector("[data-testid=conversation-item]")).click();
      supervisorDesk.waitForText(MESSAGES, "先查物流单号");
      assertThat(assertLiveEqualsFreshLoad(supervisorDesk, baseUrl()).conversations()).hasSize(1);
    }
  }
}
