package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;

/**
 * An agent hands a conversation to a named agent, over the real API: the named agent gets it when
 * they can take it now, and the reason otherwise with nothing changed; only the serving agent (or
 * an admin) may hand it on; the named agent's reception limit holds when transfers race.
 */
class TransferToAgentTest extends ConversationScenario {

  @Test
  void theNamedAgentGetsTheConversationAndTheFanIsTold() throws Exception {
    Agent serving = agent(queueId, 2);
    Conversation conversation = servedBy(serving);
    Agent named = agent(queueId, 2);

    HttpResponse<String> answer = transfer(serving, conversation, named.id(), null, "老客户");

    assertThat(answer.statusCode()).isEqualTo(204);
    Conversation moved = reload(conversation);
    assertThat(moved.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(moved.agentId()).isEqualTo(named.id());
    assertThat(moved.queueId()).isEqualTo(queueId);
    assertThat(active(serving)).isZero();
    assertThat(active(named)).isEqualTo(1);
    assertThat(textsOfFan(conversation)).last().asString().contains("座席 " + named.username());
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.agent_event where username = ? and type = 'CONVERSATION_ASSIGNED' and conversation_id = ?")
                .params(named.username(), conversation.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aNamedAgentOfAnotherQueueTakesTheConversationIntoThatQueue() throws Exception {
    Agent serving = agent(queueId, 2);
    Conversation conversation = servedBy(serving);
    long afterSales = queues.insert("售后 " + System.nanoTime(), QueueStrategy.ROUND_ROBIN, null);
    Agent named = agent(afterSales, 1);

    assertThat(transfer(serving, conversation, named.id(), afterSales, null).statusCode())
        .isEqualTo(204);

    assertThat(reload(conversation).agentId()).isEqualTo(named.id());
    assertThat(reload(conversation).queueId()).isEqualTo(afterSales);
  }

  @Test
  void eachRefusalSaysWhyAndChangesNothing() throws Exception {
    Agent serving = agent(queueId, 2);
    Conversation conversation = servedBy(serving);

    Agent offline = agent(queueId, 2);
    agents.savePresence(offline.id(), AgentStatus.OFFLINE, 2);
    assertRefused(
        transfer(serving, conversation, offline.id(), null, null),
        409,
        "transfer.agentOffline",
        "status",
        "OFFLINE");

    Agent full = agent(queueId, 1);
    assertThat(agents.takeSlot(full.id(), queueId, now)).isTrue();
    assertRefused(
        transfer(serving, conversation, full.id(), null, null),
        409,
        "transfer.agentAtLimit",
        "max",
        "1");

    Agent disabled = agent(queueId, 2);
    jdbc.sql("update desk.desk_user set enabled = false where id = ?")
        .param(disabled.id())
        .update();
    assertRefused(
        transfer(serving, conversation, disabled.id(), null, null),
        409,
        "transfer.agentDisabled",
        null,
        null);

    long otherQueue = queues.insert("其他 " + System.nanoTime(), QueueStrategy.ROUND_ROBIN, null);
    Agent elsewhere = agent(otherQueue, 2);
    assertRefused(
        transfer(serving, conversation, elsewhere.id(), null, null),
        409,
        "transfer.agentNotInQueue",
        "queueId",
        String.valueOf(queueId));

    assertRefused(
        transfer(serving, conversation, serving.id(), null, null),
        409,
        "transfer.toSelf",
        null,
        null);
    assertRefused(
        transfer(serving, conversation, 987_654_321L, null, null),
        404,
        "agent.notFound",
        "id",
        "987654321");

    Conversation unchanged = reload(conversation);
    assertThat(unchanged.agentId()).isEqualTo(serving.id());
    assertThat(unchanged.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(active(serving)).isEqualTo(1);
    assertThat(active(full)).isEqualTo(1);
  }

  @Test
  void onlyTheServingAgentOrAnAdminMayHandItOn() throws Exception {
    Agent serving = agent(queueId, 2);
    Conversation conversation = servedBy(serving);
    Agent other = agent(queueId, 2);

    HttpResponse<String> byOther = transfer(other, conversation, other.id(), null, null);

    assertRefused(byOther, 403, "request.forbidden", null, null);
    assertThat(reload(conversation).agentId()).isEqualTo(serving.id());
    assertThat(active(other)).isZero();

    HttpResponse<String> byAdmin =
        HttpSession.login(baseUrl(), "admin", "test-admin-password")
            .send(
                "POST",
                "/api/conversations/" + conversation.id() + "/transfer",
                "{\"agentId\":" + other.id() + "}");
    assertThat(byAdmin.statusCode()).isEqualTo(204);
    assertThat(reload(conversation).agentId()).isEqualTo(other.id());
  }

  @Test
  void racingTransfersNeverPutTheNamedAgentOverTheLimit() throws Exception {
    Agent first = agent(queueId, 1);
    Conversation one = servedBy(first);
    Agent second = agent(queueId, 1);
    Conversation two = servedBy(second);
    Agent named = agent(queueId, 1);

    HttpSession firstSession = HttpSession.login(baseUrl(), first.username(), "pw");
    HttpSession secondSession = HttpSession.login(baseUrl(), second.username(), "pw");
    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(() -> post(firstSession, one, named.id()));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(() -> post(secondSession, two, named.id()));
    List<HttpResponse<String>> answers = List.of(a.get(), b.get());

    assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
    HttpResponse<String> refused =
        answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    assertThat(json.readTree(refused.body()).path("code").asText())
        .isEqualTo("transfer.agentAtLimit");
    assertThat(active(named)).isEqualTo(1);
    assertThat(List.of(reload(one).agentId(), reload(two).agentId())).containsOnlyOnce(named.id());
  }

  @Test
  void theDialogOffersEachQueuesOtherOnlineAgentsWithTheirLoad() throws Exception {
    Agent serving = agent(queueId, 2);
    servedBy(serving);
    Agent free = agent(queueId, 4);
    Agent offline = agent(queueId, 2);
    agents.savePresence(offline.id(), AgentStatus.OFFLINE, 2);

    HttpResponse<String> answer =
        HttpSession.login(baseUrl(), serving.username(), "pw")
            .send("GET", "/api/transfer-targets", null);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode queue = null;
    for (JsonNode candidate : json.readTree(answer.body())) {
      if (candidate.path("id").asLong() == queueId) {
        queue = candidate;
      }
    }
    assertThat(queue).isNotNull();
    assertThat(queue.path("onlineAgents").findValuesAsText("username"))
        .containsExactly(free.username());
    assertThat(queue.path("onlineAgents").get(0).path("maxConcurrent").asInt()).isEqualTo(4);
    assertThat(queue.path("onlineAgents").get(0).path("activeCount").asInt()).isZero();
  }

  private Conversation servedBy(Agent agent) {
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.agentId()).isEqualTo(agent.id());
    return conversation;
  }

  private HttpResponse<String> transfer(
      Agent by, Conversation conversation, long agentId, Long queue, String note) {
    StringBuilder body = new StringBuilder("{\"agentId\":" + agentId);
    if (queue != null) {
      body.append(",\"queueId\":").append(queue);
    }
    if (note != null) {
      body.append(",\"note\":\"").append(note).append('"');
    }
    return HttpSession.login(baseUrl(), by.username(), "pw")
        .send(
            "POST",
            "/api/conversations/" + conversation.id() + "/transfer",
            body.append('}').toString());
  }

  private static HttpResponse<String> post(
      HttpSession session, Conversation conversation, long agentId) {
    return session.send(
        "POST",
        "/api/conversations/" + conversation.id() + "/transfer",
        "{\"agentId\":" + agentId + "}");
  }

  private void assertRefused(
      HttpResponse<String> answer, int status, String code, String param, String value)
      throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    JsonNode error = json.readTree(answer.body());
    assertThat(error.path("code").asText()).isEqualTo(code);
    if (param != null) {
      assertThat(error.path("params").path(param).asText()).isEqualTo(value);
    }
  }

  private int active(Agent agent) {
    return agents.find(agent.id()).orElseThrow().activeCount();
  }

  private List<String> textsOfFan(Conversation conversation) {
    String openid =
        jdbc.sql("select openid from desk.fan where id = ?")
            .param(conversation.fanId())
            .query(String.class)
            .single();
    return textsTo(openid);
  }
}
