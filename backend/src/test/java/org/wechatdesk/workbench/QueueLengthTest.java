package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ConversationScenario;

/**
 * The queue length told to all agents of a queue at once is the one each agent's own workbench
 * loads, and every agent of the queue, and only they, hear of a visitor joining it.
 */
class QueueLengthTest extends ConversationScenario {

  @Autowired QueueLength queueLength;

  @Test
  void everyAgentOfTheQueueHearsTheLengthTheirWorkbenchLoads() {
    long otherQueue = queues.insert("售后 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    Agent onlyHere = agent(queueId, 1);
    Agent inBoth = agent(queueId, 1);
    agents.replaceQueues(inBoth.id(), Set.of(queueId, otherQueue));
    agents.savePresence(inBoth.id(), AgentStatus.BUSY, 1);
    Agent elsewhere = agent(otherQueue, 1);

    String served = fan();
    fanWrites(served, "我先来");
    conversationOf(served);
    for (String waiting : List.of(fan(), fan())) {
      fanWrites(waiting, "我也来");
      assertThat(conversationOf(waiting).status()).isEqualTo(Conversation.Status.QUEUED);
    }

    assertThat(queueLength.ofMembersOf(queueId))
        .containsOnly(
            entry(onlyHere.username(), queueLength.of(onlyHere.id())),
            entry(inBoth.username(), queueLength.of(inBoth.id())))
        .containsEntry(onlyHere.username(), 2);
    assertThat(lastToldLength(onlyHere)).isEqualTo(2);
    assertThat(lastToldLength(inBoth)).isEqualTo(2);
    assertThat(lastToldLength(elsewhere)).as("not an agent of the queue").isEqualTo(-1);
  }

  private int lastToldLength(Agent agent) {
    return jdbc.sql(
            """
            select payload from desk.agent_event where username = ? and type = 'QUEUE_LENGTH'
             order by id desc fetch first 1 rows only""")
        .param(agent.username())
        .query(String.class)
        .optional()
        .map(this::queueLengthIn)
        .orElse(-1);
  }

  private int queueLengthIn(String payload) {
    try {
      return json.readTree(payload).path("queueLength").asInt();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
