package org.wechatdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompSession;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.system.Role;

/**
 * The live flow records its milestones for reports (in the flow's own transactions, moved by the
 * engine's clock), and the wallboard follows the events: what an admin's wall screen received last
 * equals a fresh read (who may look: ReportAccessTest).
 */
class LiveReportsTest extends ConversationScenario {

  private final List<StompSession> sessions = new CopyOnWriteArrayList<>();

  @AfterEach
  void disconnect() {
    sessions.forEach(
        session -> {
          if (session.isConnected()) {
            session.disconnect();
          }
        });
  }

  @Test
  void theFlowRecordsEachMilestoneAndTheSummaryFollows() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent, fan);
    advanceSeconds(conversation, 61);
    advanceSeconds(conversation, 5 * 60 + 1);
    assertThat(reload(conversation).status()).isEqualTo(Conversation.Status.ENDED);
    fanWrites(fan, "1");
    await(
        "the rating is recorded",
        () ->
            jdbc.sql(
                        "select count(*) from desk.conversation_event where conversation_id = ? and kind = 'RATED'")
                    .param(conversation.id())
                    .query(Long.class)
                    .single()
                == 1);

    List<String> kinds =
        jdbc.sql(
                """
                select kind || coalesce(':' || detail, '') from desk.conversation_event
                 where conversation_id = ? order by id""")
            .param(conversation.id())
            .query(String.class)
            .list();
    assertThat(kinds)
        .containsSubsequence(
            "STARTED",
            "QUEUED",
            "ASSIGNED",
            "AGENT_REPLIED",
            "TIMEOUT:VISITOR_IDLE_PROMPT",
            "TIMEOUT:VISITOR_IDLE_CLOSE",
            "ENDED:VISITOR_TIMEOUT",
            "RATED");
    Map<String, Object> summary =
        jdbc.sql("select * from desk.conversation_summary where conversation_id = ?")
            .param(conversation.id())
            .query()
            .singleRow();
    assertThat(summary.get("account_id")).isEqualTo(account.account().id());
    assertThat(summary.get("queue_id")).isEqualTo(queueId);
    assertThat(summary.get("agent_id")).isEqualTo(agent.id());
    assertThat(summary.get("assigned_at")).isNotNull();
    assertThat(summary.get("wait_seconds")).isNotNull();
    assertThat(summary.get("first_response_seconds")).isNotNull();
    assertThat(summary.get("end_reason")).isEqualTo("VISITOR_TIMEOUT");
    assertThat(summary.get("abandoned_reason")).isNull();
    assertThat(summary.get("messages")).as("the fan's line and the agent's").isEqualTo(2);
    assertThat(summary.get("rating")).isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from desk.agent_hour_load where agent_id = ?")
                .param(agent.id())
                .query(Long.class)
                .single())
        .isPositive();
    Map<String, Object> rolledUp =
        jdbc.sql(
                """
                select sum(started) as started, sum(served) as served, sum(rated_1) as rated
                  from desk.conversation_day where agent_id = ?""")
            .param(agent.id())
            .query()
            .singleRow();
    assertThat(rolledUp)
        .as("the daily roll-up counts the ended conversation once, with its rating")
        .containsEntry("started", java.math.BigDecimal.ONE)
        .containsEntry("served", java.math.BigDecimal.ONE)
        .containsEntry("rated", java.math.BigDecimal.ONE);
    assertThat(
            jdbc.sql(
                    // Whole seconds: a conversation served within one second adds no load row.
                    "select coalesce(sum(load_0 + load_1 + load_2 + load_3 + load_4 + load_5 + load_6 + load_7"
                        + " + load_8 + load_9 + load_10 + load_11 + load_12 + load_13 + load_14 + load_15"
                        + " + load_16 + load_17 + load_18 + load_19 + load_20 + load_21 + load_22 + load_23), 0)"
                        + " from desk.agent_day_load where agent_id = ?")
                .param(agent.id())
                .query(Double.class)
                .single())
        .isEqualTo(
            jdbc.sql(
                    "select coalesce(sum(busy_seconds), 0) from desk.agent_hour_load where agent_id = ?")
                .param(agent.id())
                .query(Double.class)
                .single());
  }

  @Test
  void aVisitorWhoGivesUpInTheQueueIsAbandoned() {
    agent(queueId, 1);
    String waiting = fanWaitingInTheQueue();
    fanWrites(waiting, "放弃排队");
    Conversation conversation = conversationOf(waiting);
    await(
        "the conversation ends", () -> reload(conversation).status() == Conversation.Status.ENDED);
    assertThat(
            jdbc.sql(
                    "select abandoned_reason from desk.conversation_summary where conversation_id = ?")
                .param(conversation.id())
                .query(String.class)
                .single())
        .isEqualTo("VISITOR_GAVE_UP");
  }

  @Test
  void theWallboardFollowsTheEventsAndAReadGivesTheSame() throws Exception {
    String admin = "admin" + System.nanoTime();
    users.insert(admin, encoder.encode("pw"), "主管", Role.ADMIN);
    HttpSession http = HttpSession.login(baseUrl(), admin, "pw");
    AtomicReference<String> error = new AtomicReference<>();
    StompSession stomp = AgentSockets.connect(baseUrl(), http, error);
    sessions.add(stomp);
    List<JsonNode> boards = new CopyOnWriteArrayList<>();
    stomp.subscribe(WallboardNotifier.DESTINATION, AgentSockets.collectInto(boards));

    Agent agent = agent(queueId, 1);
    fanWaitingInTheQueue();
    await(
        "the wall screen shows a visitor waiting in the queue and the agent at their limit",
        () ->
            error.get() != null || (waiting(last(boards)) == 1 && load(last(boards), agent) == 1));
    assertThat(error.get()).isNull();

    JsonNode read = json.readTree(http.send("GET", "/api/wallboard", null).body());
    JsonNode live = last(boards);
    assertThat(waiting(live)).isEqualTo(waiting(read));
    assertThat(load(live, agent)).isEqualTo(load(read, agent));
    assertThat(live.path("inProgress")).isEqualTo(read.path("inProgress"));
    assertThat(live.path("startedToday")).isEqualTo(read.path("startedToday"));
    assertThat(live.path("servedToday")).isEqualTo(read.path("servedToday"));
  }

  private static JsonNode last(List<JsonNode> boards) {
    return boards.isEmpty() ? null : boards.get(boards.size() - 1);
  }

  private long waiting(JsonNode board) {
    if (board == null) {
      return -1;
    }
    for (JsonNode queue : board.path("queues")) {
      if (queue.path("queueId").asLong() == queueId) {
        return queue.path("waiting").asLong();
      }
    }
    return -1;
  }

  private static long load(JsonNode board, Agent agent) {
    if (board == null) {
      return -1;
    }
    for (JsonNode row : board.path("agents")) {
      if (row.path("agentId").asLong() == agent.id()) {
        return row.path("load").asLong();
      }
    }
    return -1;
  }
}
