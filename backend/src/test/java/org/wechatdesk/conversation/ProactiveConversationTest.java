package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.Role;

/**
 * An agent starts a conversation from the fan list (座席主动发起), through the API and the real process.
 */
class ProactiveConversationTest extends ConversationScenario {

  @Autowired ProcessEngine engine;
  @Autowired FanRepository fans;
  @Autowired ProactiveConversations proactive;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void theStartedConversationWaitsForTheVisitorAndTheTextReachesWeChat() throws Exception {
    Agent agent = agent(queueId, 2);
    String openid = fan();
    long fanId = fanWithOpenWindow(openid);

    Conversation conversation = started(start(fanId, agent, "您好，您的订单已发货", "start-text-1"));

    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    assertThat(conversation.lastSpeaker()).isEqualTo(Conversation.Speaker.AGENT);
    assertThat(conversation.queueId()).isEqualTo(queueId);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitVisitorReply");
    assertThat(timers(conversation)).as("the visitor-idle prompt and close").hasSize(2);
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isEqualTo(1);
    assertThat(messages.forConversation(conversation.id()))
        .singleElement()
        .satisfies(m -> assertThat(m.direction()).isEqualTo(ConversationMessage.Direction.OUT))
        .satisfies(m -> assertThat(m.text()).isEqualTo("您好，您的订单已发货"));
    Await.until(
        "the text reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                .anyMatch(
                    call -> call.body().contains("您好，您的订单已发货") && call.body().contains(openid)));
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.agent_event where username = ? and type = 'CONVERSATION_ASSIGNED'")
                .param(agent.username())
                .query(Long.class)
                .single())
        .as("the workbench lists it live")
        .isEqualTo(1);
  }

  @Test
  void theFansReplyReachesTheSameAgentWithoutWelcomeOrNavigationAndEndingFreesTheSlot()
      throws Exception {
    Agent agent = agent(queueId, 2);
    agent(queueId, 2);
    String openid = fan();
    Conversation conversation =
        started(start(fanWithOpenWindow(openid), agent, "您好，有新品到店", "start-reply-1"));

    fanWrites(openid, "好的，谢谢");

    Conversation replied = conversationOf(openid);
    assertThat(replied.id()).isEqualTo(conversation.id());
    assertThat(replied.agentUsername()).isEqualTo(agent.username());
    assertThat(replied.lastSpeaker()).isEqualTo(Conversation.Speaker.VISITOR);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
    assertThat(textsTo(openid)).containsExactly("您好，有新品到店");

    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    assertThat(reload(conversation).status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isZero();
  }

  @Test
  void theVisitorIdleTimersCloseAStartedConversationTheVisitorNeverAnswers() throws Exception {
    Agent agent = agent(queueId, 1);
    String openid = fan();
    Conversation conversation =
        started(start(fanWithOpenWindow(openid), agent, "您好", "start-idle-1"));

    advanceSeconds(conversation, 61);
    assertThat(reload(conversation).open()).isTrue();
    advanceSeconds(conversation, 3600);

    assertThat(reload(conversation).endReason()).isEqualTo(Conversation.EndReason.VISITOR_TIMEOUT);
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isZero();
  }

  @Test
  void aStartedConversationCanBeTransferred() throws Exception {
    Agent first = agent(queueId, 1);
    long afterSales = queues.insert("售后 " + System.nanoTime(), QueueStrategy.ROUND_ROBIN, null);
    Agent second = agent(afterSales, 1);
    String openid = fan();
    Conversation conversation =
        started(start(fanWithOpenWindow(openid), first, "您好", "start-transfer-1"));

    actions.transfer(
        conversation.id(), new AgentActions.Actor(first.username(), false), afterSales, "售后问题");

    Conversation moved = reload(conversation);
    assertThat(moved.agentUsername()).isEqualTo(second.username());
    assertThat(moved.queueId()).isEqualTo(afterSales);
    assertThat(agents.find(first.id()).orElseThrow().activeCount()).isZero();
    assertThat(agents.find(second.id()).orElseThrow().activeCount()).isEqualTo(1);
  }

  @Test
  void aRetriedRequestReturnsTheSameConversation() throws Exception {
    Agent agent = agent(queueId, 2);
    long fanId = fanWithOpenWindow(fan());
    Conversation first = started(start(fanId, agent, "您好", "start-retry-1"));

    Conversation again = started(start(fanId, agent, "您好", "start-retry-1"));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(messages.forConversation(first.id())).hasSize(1);
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isEqualTo(1);
  }

  @Test
  void refusedWhenWeChatsWindowIsClosed() throws Exception {
    Agent agent = agent(queueId, 2);
    long fanId = fanWithOpenWindow(fan());
    jdbc.sql("update desk.fan set window_opened_at = ? where id = ?")
        .params(DbTime.of(Instant.now().minus(49, ChronoUnit.HOURS)), fanId)
        .update();

    start(fanId, agent, "您好", "start-closed-1")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("fan.windowClosed"))
        .andExpect(jsonPath("$.params").isEmpty());
    assertThat(conversations.findLatestForFan(fanId)).isEmpty();
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isZero();
  }

  @Test
  void refusedWhenTheFanIsAlreadyInAConversationNamingWhoServesIt() throws Exception {
    Agent first = agent(queueId, 2);
    Agent second = agent(queueId, 2);
    long fanId = fanWithOpenWindow(fan());
    start(fanId, first, "您好", "start-open-1").andExpect(status().isCreated());

    start(fanId, second, "您好", "start-open-2")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("conversation.alreadyOpen"))
        .andExpect(jsonPath("$.params.agent").value(first.username()));
    assertThat(agents.find(second.id()).orElseThrow().activeCount()).isZero();
  }

  @Test
  void twoAgentsStartingAtOnceOpenOneConversation() throws Exception {
    Agent first = agent(queueId, 2);
    Agent second = agent(queueId, 2);
    long fanId = fanWithOpenWindow(fan());
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> outcomes =
          threads.invokeAll(List.of(() -> outcome(fanId, first), () -> outcome(fanId, second)));
      List<String> results = new ArrayList<>();
      for (Future<String> outcome : outcomes) {
        results.add(outcome.get());
      }
      assertThat(results).containsExactlyInAnyOrder("STARTED", "conversation.alreadyOpen");
    } finally {
      threads.shutdown();
    }
    assertThat(
            agents.find(first.id()).orElseThrow().activeCount()
                + agents.find(second.id()).orElseThrow().activeCount())
        .isEqualTo(1);
  }

  @Test
  void refusedWhenTheAgentIsOfflineOrAtTheReceptionLimit() throws Exception {
    Agent agent = agent(queueId, 1);
    start(fanWithOpenWindow(fan()), agent, "您好", "start-limit-1").andExpect(status().isCreated());

    start(fanWithOpenWindow(fan()), agent, "您好", "start-limit-2")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("conversation.agentAtLimit"))
        .andExpect(jsonPath("$.params.max").value(1));

    Agent offline = agent(queueId, 3);
    agents.savePresence(offline.id(), AgentStatus.OFFLINE, 3);
    start(fanWithOpenWindow(fan()), offline, "您好", "start-offline-1")
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("conversation.agentOffline"))
        .andExpect(jsonPath("$.params.status").value("OFFLINE"));
  }

  @Test
  void anAdminStartsOneOnlyWhenServingAsAnAgentAndAnonymousCallersAreRefused() throws Exception {
    String admin = "admin" + System.nanoTime();
    users.insert(admin, encoder.encode("pw"), "管理员", Role.ADMIN);
    long fanId = fanWithOpenWindow(fan());

    mvc.perform(request(fanId, "start-admin-1").with(user(admin).roles("ADMIN")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("conversation.notAnAgent"));

    long adminId = users.findByUsername(admin).orElseThrow().id();
    agents.savePresence(adminId, AgentStatus.ONLINE, 2);
    mvc.perform(request(fanId, "start-admin-2").with(user(admin).roles("ADMIN")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.agentUsername").value(admin));

    mvc.perform(request(fanWithOpenWindow(fan()), "start-anonymous-1"))
        .andExpect(status().isUnauthorized());
  }

  private String outcome(long fanId, Agent agent) {
    try {
      proactive.start(fanId, agent.username(), "您好", "start-race-" + agent.id());
      return "STARTED";
    } catch (ConflictException refused) {
      return refused.error().code();
    }
  }

  private long fanWithOpenWindow(String openid) {
    Fan fan = fans.findOrCreate(account.account().id(), openid);
    fans.openWindow(fan.id(), Fan.WindowKind.MESSAGE, Instant.now());
    return fan.id();
  }

  private ResultActions start(long fanId, Agent agent, String text, String idempotencyKey)
      throws Exception {
    return mvc.perform(
        request(fanId, idempotencyKey, text).with(user(agent.username()).roles("AGENT")));
  }

  private MockHttpServletRequestBuilder request(long fanId, String idempotencyKey)
      throws Exception {
    return request(fanId, idempotencyKey, "您好");
  }

  private MockHttpServletRequestBuilder request(long fanId, String idempotencyKey, String text)
      throws Exception {
    return post("/api/fans/" + fanId + "/conversations")
        .with(realCsrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(Map.of("text", text, "idempotencyKey", idempotencyKey)));
  }

  private Conversation started(ResultActions response) throws Exception {
    String body =
        response.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    return conversations.findById(json.readTree(body).get("conversationId").asLong()).orElseThrow();
  }

  private ProcessInstance instance(Conversation conversation) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(reload(conversation).processInstanceId())
        .singleResult();
  }
}
