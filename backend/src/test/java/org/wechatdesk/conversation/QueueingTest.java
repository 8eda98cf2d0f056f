package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ConversationScenario;

/** The seed's 排队提示语 switched off, and 自动转接 to 指定队列. */
class QueueingTest extends ConversationScenario {

  /** 排队提示语: "关闭后提示语固定为“排队中,请稍候~”". */
  @Test
  void withThePromptOffTheVisitorGetsTheFixedText() {
    settings(Map.of("queuePromptEnabled", false));
    agent(queueId, 1);
    String waiting = fanWaitingInTheQueue();
    assertThat(textsTo(waiting)).last().isEqualTo("排队中,请稍候~");
  }

  /** 自动转接: "系统自动将会话转接给本队列或指定队列的其他客服" — here the named queue. */
  @Test
  void autoTransferGoesToTheNamedQueue() {
    long afterSales = queues.insert("售后 " + System.nanoTime(), QueueStrategy.ROUND_ROBIN, null);
    settings(
        Map.of(
            "agentAppeaseMinutes",
            5,
            "autoTransferEnabled",
            true,
            "autoTransferMinutes",
            2,
            "autoTransferQueueId",
            afterSales));
    Agent first = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(reload(conversation).agentUsername()).isEqualTo(first.username());
    agent(queueId, 2);
    Agent afterSalesAgent = agent(afterSales, 1);

    advanceSeconds(conversation, 121);
    Conversation moved = reload(conversation);
    assertThat(moved.queueId()).isEqualTo(afterSales);
    assertThat(moved.agentUsername())
        .as("an agent of the named queue, not the idle one's colleague")
        .isEqualTo(afterSalesAgent.username());
  }
}
