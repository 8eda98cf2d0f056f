package org.wechatdesk.conversation.leftmessage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.AgentStatus;

/**
 * The flow out of hours: the fan reads the out-of-hours text, what they write is kept as a to-do,
 * and the engine's timer, moved across the night, ends the wait at the next opening.
 */
class OutOfHoursFlowTest extends LeaveMessageScenario {

  private static final Instant WEDNESDAY_OPENING = Instant.parse("2030-01-02T01:00:00Z");

  @Test
  void outOfHoursTheFanLeavesAMessageAndTheOpeningEndsTheWait() throws Exception {
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "你们几点上班？我要退货");
    Conversation waiting = conversationOf(openid);

    assertThat(waiting.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    assertThat(waiting.agentUsername()).isNull();
    assertThat(textsTo(openid)).containsExactly(OUT_OF_HOURS_TEXT);
    assertThat(timers(waiting))
        .singleElement()
        .satisfies(
            timer -> assertThat(timer.getDuedate().toInstant()).isEqualTo(WEDNESDAY_OPENING));

    fanWrites(openid, "订单号 2030-0101");
    assertThat(conversationOf(openid).id()).isEqualTo(waiting.id());

    JsonNode todo = todos(as(agent)).get(0);
    assertThat(todo.get("status").asText()).isEqualTo("OPEN");
    assertThat(todo.get("openid").asText()).isEqualTo(openid);
    assertThat(todo.get("conversationId").asLong()).isEqualTo(waiting.id());
    assertThat(todo.get("messages").findValuesAsText("text"))
        .containsExactly("你们几点上班？我要退货", "订单号 2030-0101");

    advanceSeconds(waiting, WEDNESDAY_OPENING.getEpochSecond() - now.getEpochSecond() - 1);
    assertThat(reload(waiting).status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);

    advanceSeconds(waiting, 1);
    Conversation over = reload(waiting);
    assertThat(over.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(over.endReason()).isEqualTo(Conversation.EndReason.MESSAGE_LEFT);
    assertThat(todos(as(agent)).get(0).get("status").asText())
        .as("the to-do waits for an agent after the wait")
        .isEqualTo("OPEN");
    assertThat(textsTo(openid)).as("no end text, no survey").containsExactly(OUT_OF_HOURS_TEXT);

    fanWrites(openid, "上班了吗");
    Conversation served = conversationOf(openid);
    assertThat(served.id()).isNotEqualTo(waiting.id());
    assertThat(served.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(served.agentUsername()).isEqualTo(agent.username());
  }

  @Test
  void inHoursWithNoAgentOnlineTheFanLeavesAMessageWhenTheSettingsSaySo() throws Exception {
    hours(true);
    inHours();
    Agent away = agent(queueId, 2);
    agents.savePresence(away.id(), AgentStatus.BUSY, 2);
    String openid = fan();
    fanWrites(openid, "有人吗");
    Conversation waiting = conversationOf(openid);

    assertThat(waiting.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    assertThat(textsTo(openid)).containsExactly(NO_AGENT_TEXT);
    assertThat(timers(waiting))
        .singleElement()
        .satisfies(
            timer ->
                assertThat(timer.getDuedate().toInstant()).isEqualTo(now.plusSeconds(30 * 60)));
    assertThat(todos(as(away)).findValuesAsText("conversationId"))
        .containsExactly(Long.toString(waiting.id()));

    advanceSeconds(waiting, 30 * 60);
    assertThat(reload(waiting).status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(reload(waiting).endReason()).isEqualTo(Conversation.EndReason.MESSAGE_LEFT);
  }

  @Test
  void inHoursWithAnAgentOnlineTheSettingChangesNothing() throws Exception {
    hours(true);
    inHours();
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "有人吗");
    Conversation conversation = conversationOf(openid);

    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    assertThat(textsTo(openid)).doesNotContain(NO_AGENT_TEXT, OUT_OF_HOURS_TEXT);
  }

  /** Tuesday 10:00 in Shanghai. */
  private void inHours() {
    now = Instant.parse("2030-01-01T02:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @Test
  void withinTheHoursTheFanIsWelcomedAndServedAsBefore() throws Exception {
    inHours();
    Agent agent = agent(queueId, 2);
    String openid = fan();
    fanWrites(openid, "你好");
    Conversation conversation = conversationOf(openid);

    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    assertThat(textsTo(openid)).doesNotContain(OUT_OF_HOURS_TEXT);
    assertThat(todos(as(agent))).isEmpty();
  }
}
