package org.wechatdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.HttpSession;

/**
 * The conversation history over the real API: admins search everyone's conversations, agents only
 * their own, by fan, agent, time and text, a page at a time in time order; a transcript comes with
 * the fan's ratings.
 */
class HistoryApiTest extends ConversationScenario {

  @Test
  void anAgentSeesTheirOwnConversationsAndNoOneElses() throws Exception {
    Agent mine = agent(queueId, 5);
    Conversation own = servedBy(mine, "我的会话");
    Agent theirs = agent(queueId, 5);
    Conversation other = servedBy(theirs, "别人的会话");
    HttpSession session = HttpSession.login(baseUrl(), mine.username(), "pw");

    JsonNode page = ok(session.send("GET", "/api/history/conversations?size=100", null));
    assertThat(ids(page)).contains(own.id()).doesNotContain(other.id());
    assertThat(page.path("items").findValues("agentId"))
        .allSatisfy(agentId -> assertThat(agentId.asLong()).isEqualTo(mine.id()));

    assertForbidden(session.send("GET", "/api/history/conversations?agentId=" + theirs.id(), null));
    assertForbidden(session.send("GET", "/api/history/conversations/" + other.id(), null));
    JsonNode transcript = ok(session.send("GET", "/api/history/conversations/" + own.id(), null));
    assertThat(transcript.path("lines").findValuesAsText("text")).contains("我的会话");
  }

  @Test
  void adminsSearchByFanAgentTextAndTime() throws Exception {
    Agent first = agent(queueId, 5);
    String token = "退货" + System.nanoTime();
    String fan = fan();
    fanWrites(fan, "我想" + token);
    Conversation returned = conversationOf(fan);
    Agent second = agent(queueId, 5);
    Conversation other = servedBy(second, "问价格");
    HttpSession admin = HttpSession.login(baseUrl(), "admin", "test-admin-password");

    assertThat(ids(search(admin, "text=" + encode(token.toUpperCase()))))
        .containsExactly(returned.id());
    assertThat(ids(search(admin, "fan=" + encode(fan.substring(3)))))
        .containsExactly(returned.id());
    assertThat(ids(search(admin, "agentId=" + second.id()))).containsExactly(other.id());
    assertThat(ids(search(admin, "agentId=" + first.id() + "&text=" + encode("问价格")))).isEmpty();
    String started = reload(other).startedAt().toString();
    assertThat(ids(search(admin, "agentId=" + second.id() + "&from=" + started)))
        .containsExactly(other.id());
    assertThat(ids(search(admin, "agentId=" + second.id() + "&to=" + started)))
        .as("the end of the range is left out")
        .isEmpty();
    assertThat(ids(search(admin, "text=" + encode("100%_!"))))
        .as("wildcards are literal")
        .isEmpty();

    HttpResponse<String> reversed =
        admin.send("GET", "/api/history/conversations?from=" + started + "&to=" + started, null);
    assertThat(reversed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(reversed.body()).path("fields").path("to").path("code").asText())
        .isEqualTo("history.rangeReversed");
  }

  @Test
  void pagesAreInTimeOrderEitherWay() throws Exception {
    Agent agent = agent(queueId, 5);
    List<Long> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      started.add(servedBy(agent, "第" + i + "个").id());
    }
    HttpSession admin = HttpSession.login(baseUrl(), "admin", "test-admin-password");

    JsonNode first = search(admin, "agentId=" + agent.id() + "&size=2");
    JsonNode second = search(admin, "agentId=" + agent.id() + "&size=2&page=1");
    JsonNode oldestFirst = search(admin, "agentId=" + agent.id() + "&order=asc");

    assertThat(first.path("total").asLong()).isEqualTo(3);
    List<Long> newestFirst = new ArrayList<>(ids(first));
    newestFirst.addAll(ids(second));
    assertThat(newestFirst).containsExactly(started.get(2), started.get(1), started.get(0));
    assertThat(ids(oldestFirst)).containsExactlyElementsOf(started);
    assertThat(admin.send("GET", "/api/history/conversations?size=101", null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theTranscriptCarriesTheFansRatings() throws Exception {
    Agent agent = agent(queueId, 5);
    String fan = fan();
    fanWrites(fan, "帮我查一下订单");
    Conversation conversation = conversationOf(fan);
    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    fanWrites(fan, "4 否");
    conversationOf(fan);
    fanWrites(fan, "5 是");
    conversationOf(fan);

    JsonNode transcript =
        ok(
            HttpSession.login(baseUrl(), agent.username(), "pw")
                .send("GET", "/api/history/conversations/" + conversation.id(), null));

    assertThat(transcript.path("conversation").path("rating").asInt()).isEqualTo(5);
    assertThat(transcript.path("conversation").path("solved").asBoolean()).isTrue();
    assertThat(transcript.path("conversation").path("status").asText()).isEqualTo("ENDED");
    assertThat(transcript.path("ratings").findValuesAsText("text")).containsExactly("4 否", "5 是");
    assertThat(transcript.path("lines").findValuesAsText("text")).contains("帮我查一下订单");
  }

  private Conversation servedBy(Agent agent, String text) {
    String fan = fan();
    fanWrites(fan, text);
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.agentId()).isEqualTo(agent.id());
    return conversation;
  }

  private JsonNode search(HttpSession session, String query) throws Exception {
    return ok(session.send("GET", "/api/history/conversations?" + query, null));
  }

  private JsonNode ok(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return json.readTree(answer.body());
  }

  private void assertForbidden(HttpResponse<String> answer) throws Exception {
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(json.readTree(answer.body()).path("code").asText()).isEqualTo("request.forbidden");
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
