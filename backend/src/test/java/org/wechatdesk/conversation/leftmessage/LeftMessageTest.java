package org.wechatdesk.conversation.leftmessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.LockWaits;
import org.wechatdesk.system.DbTime;

/**
 * The to-do list of left messages: only the agents who serve the account see and act on it, one
 * agent at a time, and an answer goes through WeChat's window or is refused with the reason.
 */
class LeftMessageTest extends LeaveMessageScenario {

  @Autowired DataSource dataSource;

  private long leftBy(String openid) throws Exception {
    fanWrites(openid, "请回电 13800000000");
    Conversation waiting = conversationOf(openid);
    assertThat(waiting.status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    return jdbc.sql("select id from desk.left_message where conversation_id = ?")
        .param(waiting.id())
        .query(Long.class)
        .single();
  }

  @Test
  void anAgentOfAnotherAccountNeitherSeesNorActsOnTheMessage() throws Exception {
    Agent ours = agent(queueId, 2);
    long otherQueue = queues.insert("其他 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    Agent stranger = agent(otherQueue, 2);
    long id = leftBy(fan());

    assertThat(todos(as(ours)).findValuesAsText("id")).contains(Long.toString(id));
    assertThat(todos(as(stranger)).findValuesAsText("id")).doesNotContain(Long.toString(id));
    for (String action : new String[] {"claim", "done"}) {
      act(id, action, as(stranger))
          .andExpect(status().isNotFound())
          .andExpect(jsonPath("$.code").value("leftMessage.notFound"));
    }
    answer(id, "您好", "answer-stranger-1", as(stranger))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.code").value("leftMessage.notFound"));
    assertThat(todos(user("admin").roles("ADMIN")).findValuesAsText("id"))
        .contains(Long.toString(id));
    assertThat(todos(as(ours)).get(0).get("status").asText()).isEqualTo("OPEN");
  }

  @Test
  void aClaimedMessageIsTheClaimersAndADoneOneIsClosed() throws Exception {
    Agent first = agent(queueId, 2);
    Agent second = agent(queueId, 2);
    long id = leftBy(fan());

    act(id, "claim", as(first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("CLAIMED"))
        .andExpect(jsonPath("$.claimedBy").value(first.username()));
    act(id, "claim", as(second))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("leftMessage.claimedByOther"))
        .andExpect(jsonPath("$.params.agent").value(first.username()));
    answer(id, "您好", "answer-second-1", as(second))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("leftMessage.claimedByOther"));

    act(id, "done", as(first))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HANDLED"))
        .andExpect(jsonPath("$.handledBy").value(first.username()));
    act(id, "done", as(first))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("leftMessage.alreadyHandled"));
  }

  @Test
  void anAnswerWithinTheWindowReachesTheFanAndEndsTheWait() throws Exception {
    Agent agent = agent(queueId, 2);
    String openid = fan();
    long id = leftBy(openid);
    Conversation waiting = conversationOf(openid);

    answer(id, "您好，已为您办理退货", "answer-window-1", as(agent))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("HANDLED"))
        .andExpect(jsonPath("$.handledBy").value(agent.username()));

    Conversation ended = reload(waiting);
    assertThat(ended.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(ended.endReason()).isEqualTo(Conversation.EndReason.MESSAGE_LEFT);
    assertThat(timers(waiting)).isEmpty();
    Conversation answer = conversationOf(openid);
    assertThat(answer.id()).isNotEqualTo(waiting.id());
    assertThat(answer.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(answer.agentUsername()).isEqualTo(agent.username());
    assertThat(todos(as(agent)).get(0).get("answerConversationId").asLong()).isEqualTo(answer.id());
    assertThat(textsTo(openid)).endsWith("您好，已为您办理退货");
  }

  @Test
  void anAnswerOutsideTheWindowIsRefusedWithTheReasonAndChangesNothing() throws Exception {
    Agent agent = agent(queueId, 2);
    String openid = fan();
    long id = leftBy(openid);
    Conversation waiting = conversationOf(openid);
    jdbc.sql("update desk.fan set window_opened_at = ? where id = ?")
        .params(DbTime.of(Instant.now().minus(49, ChronoUnit.HOURS)), waiting.fanId())
        .update();

    answer(id, "您好", "answer-closed-1", as(agent))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("fan.windowClosed"));

    assertThat(reload(waiting).status()).isEqualTo(Conversation.Status.LEAVING_MESSAGE);
    assertThat(timers(waiting)).hasSize(1);
    assertThat(todos(as(agent)).get(0).get("status").asText()).isEqualTo("OPEN");
    assertThat(textsTo(openid)).containsExactly(OUT_OF_HOURS_TEXT);
  }

  /**
   * A message from the fan locks the fan's row, then the conversation's. An answer sent while one
   * is being recorded waits for it instead of deadlocking with it (seen in CI as a 500).
   */
  @Test
  void anAnswerSentWhileTheFansNextMessageIsRecordedWaitsForIt() throws Exception {
    Agent agent = agent(queueId, 2);
    String openid = fan();
    long id = leftBy(openid);
    Conversation waiting = conversationOf(openid);
    ExecutorService answering = Executors.newSingleThreadExecutor();
    try (Connection message = dataSource.getConnection()) {
      message.setAutoCommit(false);
      lockAsTheFansMessageDoes(
          message, "update desk.fan set last_message_at = now() where id = ?", waiting.fanId());
      Future<ResultActions> answer =
          answering.submit(() -> answer(id, "您好", "answer-during-message-1", as(agent)));
      LockWaits.awaitBlocked(jdbc, "desk.fan");
      lockAsTheFansMessageDoes(
          message, "select id from desk.conversation where id = ? for update", waiting.id());
      message.commit();

      answer.get(30, TimeUnit.SECONDS).andExpect(status().isOk());
    } finally {
      answering.shutdownNow();
    }
    assertThat(reload(waiting).endReason()).isEqualTo(Conversation.EndReason.MESSAGE_LEFT);
    assertThat(textsTo(openid)).endsWith("您好");
  }

  private static void lockAsTheFansMessageDoes(Connection message, String sql, long id)
      throws Exception {
    try (PreparedStatement statement = message.prepareStatement(sql)) {
      statement.setLong(1, id);
      statement.execute();
    }
  }

  @Test
  void theAccountsAgentsAreToldOfEveryChangeOfTheToDosOthersAreNot() throws Exception {
    Agent ours = agent(queueId, 2);
    long otherQueue = queues.insert("其他 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    Agent stranger = agent(otherQueue, 2);
    String openid = fan();

    long id = leftBy(openid);
    assertThat(toDoEvents(ours)).as("left").isEqualTo(1);
    fanWrites(openid, "还有一件事");
    conversationOf(openid);
    assertThat(toDoEvents(ours)).as("the fan wrote more").isEqualTo(2);
    act(id, "claim", as(ours)).andExpect(status().isOk());
    assertThat(toDoEvents(ours)).as("claimed").isEqualTo(3);
    act(id, "done", as(ours)).andExpect(status().isOk());
    assertThat(toDoEvents(ours)).as("handled").isEqualTo(4);
    assertThat(toDoEvents(stranger)).isZero();
  }

  private long toDoEvents(Agent agent) {
    return jdbc.sql(
            "select count(*) from desk.agent_event where username = ? and type = 'LEFT_MESSAGES_CHANGED'")
        .param(agent.username())
        .query(Long.class)
        .single();
  }

  @Test
  void anEmptyOrOverlongAnswerIsRefusedWithItsLimits() throws Exception {
    Agent agent = agent(queueId, 2);
    long id = leftBy(fan());
    answer(id, " ", "answer-empty-1", as(agent))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.text.code").value("input.length"))
        .andExpect(jsonPath("$.fields.text.params.max").value(600));
    answer(id, "x".repeat(601), "answer-long-1", as(agent))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.text.code").value("input.length"));
  }
}
