package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.ApiEndpoints;
import org.wechatdesk.support.ApiEndpoints.Endpoint;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.TestImages;
import org.wechatdesk.support.WeChatPush;

/**
 * Object-level authorization, swept over every agent endpoint that takes an id: agent B serves a
 * fan (a conversation, B's reply, an image B uploaded, the fan's image, B's canned reply), and
 * agent A, a stranger to all of it, calls every such endpoint on B's objects with a body every
 * handler would accept. A is refused every time and B's objects are as they were. B on the same
 * reads gets 200, so the sweep cannot pass on wrong ids. A new endpoint with an id fails here until
 * its object is named below.
 */
class ObjectAuthorizationSweepTest extends ConversationScenario {

  private static final Set<Integer> REFUSED = Set.of(403, 404, 409);

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private Agent agentB;
  private Agent agentA;
  private Conversation conversation;
  private final Map<String, List<Long>> objectsOfB = new java.util.HashMap<>();
  private long otherQueue;

  @BeforeEach
  void agentBServesAFan() throws Exception {
    agentB = agent(queueId, 2);
    otherQueue = queues.insert("其他 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    agentA = agent(otherQueue, 2);
    String fan = fan();
    wechat()
        .putMedia(
            "FAN_IMG_" + fan,
            new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1},
            "f.jpg",
            "image/jpeg");
    fanWrites(fan, "我的订单");
    account
        .push()
        .post(
            account
                .push()
                .sign(
                    account
                        .push()
                        .message(
                            fan,
                            "image",
                            "<MediaId><![CDATA[FAN_IMG_" + fan + "]]></MediaId>",
                            WeChatPush.nextMsgId())));
    conversation = conversationOf(fan);
    assertThat(conversation.agentUsername()).isEqualTo(agentB.username());

    byte[] png = TestImages.png(3, 2);
    long uploaded =
        idOf(
            mvc.perform(
                    multipart("/api/media")
                        .file(new MockMultipartFile("file", "b.png", "image/png", png))
                        .with(user(agentB.username()).roles("AGENT"))
                        .with(realCsrf()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    long reply =
        idOf(
            asB(post("/api/conversations/" + conversation.id() + "/messages"))
                .content(
                    "{\"kind\":\"TEXT\",\"content\":{\"text\":\"您好\"},\"idempotencyKey\":\"b-reply-"
                        + System.nanoTime()
                        + "\"}"));
    long canned =
        idOf(
            asB(post("/api/canned-replies"))
                .content("{\"title\":\"B的\",\"text\":\"B的话\",\"shared\":false}"));
    long fanImage =
        messages.forConversation(conversation.id()).stream()
            .filter(line -> line.mediaId() != null)
            .findFirst()
            .orElseThrow()
            .mediaId();

    // A message another fan leaves out of hours (mornings only; the engine's clock is at 16:00 in
    // Shanghai) is a to-do of B's account.
    mvc.perform(
        put("/api/admin/accounts/" + account.account().id() + "/working-hours")
            .with(user("admin").roles("ADMIN"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                """
                    {"enabled":true,"zone":"Asia/Shanghai","weekly":{"MONDAY":[{"from":"09:00","to":"12:00"}]},
                     "holidays":[],"outOfHoursText":"请留言","noAgentLeavesMessage":false,
                     "noAgentWaitMinutes":30,"noAgentText":"请留言"}"""));
    String leaving = fan();
    fanWrites(leaving, "请回电");
    long leftMessage =
        jdbc.sql("select id from desk.left_message where conversation_id = ?")
            .param(conversationOf(leaving).id())
            .query(Long.class)
            .single();

    objectsOfB.put("conversations", List.of(conversation.id()));
    objectsOfB.put("left-messages", List.of(leftMessage));
    objectsOfB.put("history", List.of(conversation.id()));
    objectsOfB.put("fans", List.of(conversation.fanId()));
    objectsOfB.put("outbound-messages", List.of(reply));
    objectsOfB.put("canned-replies", List.of(canned));
    objectsOfB.put("media", List.of(uploaded, fanImage));
  }

  @Test
  void agentAIsRefusedOnEveryEndpointWithAnIdOfAgentBsObjects() throws Exception {
    List<String> allowed = new ArrayList<>();
    for (Endpoint endpoint : agentEndpointsWithAnId()) {
      for (String path : pathsOfB(endpoint)) {
        int status =
            mvc.perform(
                    as(agentA, request(endpoint.method(), path))
                        .content(ANY_BODY.formatted(otherQueue)))
                .andReturn()
                .getResponse()
                .getStatus();
        if (!REFUSED.contains(status)) {
          allowed.add(endpoint.method() + " " + path + " -> " + status);
        }
      }
    }
    assertThat(allowed).isEmpty();

    Conversation after = reload(conversation);
    assertThat(after.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(after.agentUsername()).isEqualTo(agentB.username());
    assertThat(
            jdbc.sql("select count(*) from desk.outbound_message where requested_by = ?")
                .param(agentA.username())
                .query(Long.class)
                .single())
        .as("nothing A asked for reached the outbox")
        .isZero();
    assertThat(messages.forConversation(conversation.id()))
        .noneMatch(line -> line.author().equals(agentA.username()));
    assertThat(
            jdbc.sql("select count(*) from desk.canned_reply where id = ?")
                .param(objectsOfB.get("canned-replies").get(0))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void agentBReadsTheSameObjects() throws Exception {
    List<String> refused = new ArrayList<>();
    for (Endpoint endpoint : agentEndpointsWithAnId()) {
      if (endpoint.method() != HttpMethod.GET) {
        continue;
      }
      for (String path : pathsOfB(endpoint)) {
        int status =
            mvc.perform(as(agentB, request(HttpMethod.GET, path)))
                .andReturn()
                .getResponse()
                .getStatus();
        if (status != 200) {
          refused.add(path + " -> " + status);
        }
      }
    }
    assertThat(refused).isEmpty();
  }

  /**
   * One body that every handler here accepts: unknown fields are ignored, so security and ownership
   * decide.
   */
  private static final String ANY_BODY =
      """
      {"kind":"TEXT","content":{"text":"越权"},"idempotencyKey":"sweep-0000001","text":"越权","title":"越权",
       "queueId":%d,"note":"越权","lastMessageId":1,"tags":["越权"],"shared":false}""";

  private List<Endpoint> agentEndpointsWithAnId() {
    List<Endpoint> endpoints =
        ApiEndpoints.of(mappings).stream()
            .filter(Endpoint::hasId)
            // Refused to agents as a whole by their role (AuthorizationSweepTest).
            .filter(
                e ->
                    !e.path().startsWith("/api/admin/")
                        && !e.path().startsWith("/api/h5/")
                        && !e.path().startsWith("/api/monitor/"))
            .toList();
    assertThat(endpoints)
        .extracting(Endpoint::path)
        .contains(
            "/api/fans/{fanId}/messages", "/api/media/{id}", "/api/conversations/{id}/messages");
    return endpoints;
  }

  private List<String> pathsOfB(Endpoint endpoint) {
    String resource = endpoint.path().split("/")[2];
    List<Long> ids = objectsOfB.get(resource);
    assertThat(ids)
        .as("an object of agent B for " + endpoint + ": name one in agentBServesAFan")
        .isNotNull();
    return ids.stream()
        .map(id -> endpoint.path().replaceFirst("\\{[^}]+}", String.valueOf(id)))
        .toList();
  }

  private MockHttpServletRequestBuilder asB(MockHttpServletRequestBuilder request) {
    return as(agentB, request);
  }

  private MockHttpServletRequestBuilder as(Agent agent, MockHttpServletRequestBuilder request) {
    return request
        .with(user(agent.username()).roles("AGENT"))
        .with(realCsrf())
        .contentType(MediaType.APPLICATION_JSON);
  }

  private long idOf(MockHttpServletRequestBuilder request) throws Exception {
    return idOf(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private long idOf(String json) throws Exception {
    return this.json.readTree(json).path("id").asLong();
  }
}
