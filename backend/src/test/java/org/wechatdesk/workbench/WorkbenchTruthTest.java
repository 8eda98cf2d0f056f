package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.stomp.StompSession;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.AgentSockets;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;

/**
 * Issue 15's invariants on the server side: whatever the desk writes into a conversation an agent
 * serves reaches that agent's event log; the queue length the events announce is the one the
 * workbench loads; what happens after another transaction's commit is pushed too; an ended
 * conversation stays listed until its agent closes it.
 */
class WorkbenchTruthTest extends ConversationScenario {

  @Test
  void everyLineWrittenWhileTheAgentServesReachesTheirEventsWithTheFreshSummary() {
    settings(Map.of("surveyAutomatic", true));
    Agent agent = agent(queueId, 2);
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent, fan);
    long assignedUpTo = lastLineId(conversation);

    advanceSeconds(conversation, 61);
    fanWrites(fan, "还在吗");
    conversationOf(fan);
    agentReplies(conversation, agent, "在的，请讲");
    actions.inviteSurvey(conversation.id(), new AgentActions.Actor(agent.username(), false));
    fanWrites(fan, "1");
    conversationOf(fan);
    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));

    Set<Long> written =
        messages.forConversation(conversation.id()).stream()
            .map(ConversationMessage::id)
            .filter(id -> id > assignedUpTo)
            .collect(Collectors.toSet());
    assertThat(written).hasSizeGreaterThanOrEqualTo(6);
    List<JsonNode> added = events(agent, "MESSAGE_ADDED");
    assertThat(added.stream().map(e -> e.path("message").path("id").asLong())).containsAll(written);
    assertThat(added)
        .allSatisfy(
            e ->
                assertThat(e.path("conversation").path("id").asLong())
                    .isEqualTo(conversation.id()));
    JsonNode afterFanWrote =
        added.stream()
            .filter(e -> e.path("message").path("text").asText().equals("还在吗"))
            .findFirst()
            .orElseThrow();
    assertThat(afterFanWrote.path("conversation").path("waitingSince").asText())
        .isEqualTo(afterFanWrote.path("message").path("createdAt").asText());
  }

  @Test
  void anAgentComingOnlineGetsTheWaitingFanPushedAndTheQueueLengthFollowsTheEntries()
      throws Exception {
    Agent agent = agent(queueId, 1);
    agents.savePresence(agent.id(), AgentStatus.OFFLINE, 1);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    List<JsonNode> pushed = new CopyOnWriteArrayList<>();
    StompSession stomp = AgentSockets.connect(baseUrl(), http, new AtomicReference<>());
    try {
      stomp.subscribe("/user/queue/events", AgentSockets.collectInto(pushed));
      String fan = fan();
      fanWrites(fan, "有人吗");
      assertThat(conversationOf(fan).status()).isEqualTo(Conversation.Status.QUEUED);
      await("the queue length is pushed", () -> lastQueueLength(pushed) == 1);
      assertThat(loadedQueueLength(http)).isEqualTo(1);

      assertThat(
              http.send(
                      "PUT",
                      "/api/agents/me/presence",
                      "{\"status\":\"ONLINE\",\"maxConcurrent\":1}")
                  .statusCode())
          .isEqualTo(200);

      await(
          "the assignment is pushed",
          () ->
              pushed.stream()
                  .anyMatch(e -> e.path("type").asText().equals("CONVERSATION_ASSIGNED")));
      await("the emptied queue is pushed", () -> lastQueueLength(pushed) == 0);
      assertThat(loadedQueueLength(http)).isEqualTo(0);
      assertThat(pushed).anyMatch(e -> e.path("type").asText().equals("PRESENCE_CHANGED"));
    } finally {
      stomp.disconnect();
    }
  }

  @Test
  void anEndedConversationStaysListedUntilItsAgentClosesItAndALiveOneCannotBeClosed()
      throws Exception {
    Agent agent = agent(queueId, 2);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");
    Conversation conversation = chatWaitingForTheVisitor(agent, fan());

    assertThat(
            http.send("POST", "/api/conversations/" + conversation.id() + "/close", null)
                .statusCode())
        .isEqualTo(204);
    assertThat(listed(http)).containsExactly(conversation.id() + ":CHATTING");

    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    assertThat(listed(http)).containsExactly(conversation.id() + ":ENDED");

    assertThat(
            http.send("POST", "/api/conversations/" + conversation.id() + "/close", null)
                .statusCode())
        .isEqualTo(204);
    assertThat(listed(http)).isEmpty();
    assertThat(events(agent, "CONVERSATION_REMOVED"))
        .extracting(e -> e.path("conversationId").asLong())
        .containsExactly(conversation.id());
  }

  private long lastLineId(Conversation conversation) {
    List<ConversationMessage> lines = messages.forConversation(conversation.id());
    return lines.get(lines.size() - 1).id();
  }

  private List<JsonNode> events(Agent agent, String type) {
    return jdbc
        .sql("select payload from desk.agent_event where username = ? and type = ? order by id")
        .params(agent.username(), type)
        .query(String.class)
        .list()
        .stream()
        .map(this::readJson)
        .toList();
  }

  private JsonNode readJson(String payload) {
    try {
      return json.readTree(payload);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int lastQueueLength(List<JsonNode> pushed) {
    return pushed.stream()
        .filter(e -> e.path("type").asText().equals("QUEUE_LENGTH"))
        .reduce((first, second) -> second)
        .map(e -> e.path("queueLength").asInt())
        .orElse(-1);
  }

  private int loadedQueueLength(HttpSession http) {
    return readJson(http.send("GET", "/api/workbench", null).body()).path("queueLength").asInt();
  }

  private List<String> listed(HttpSession http) {
    JsonNode workbench = readJson(http.send("GET", "/api/workbench", null).body());
    List<String> listed = new ArrayList<>();
    workbench
        .path("conversations")
        .forEach(c -> listed.add(c.path("id").asLong() + ":" + c.path("status").asText()));
    return listed;
  }
}
