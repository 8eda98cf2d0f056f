package org.wechatdesk.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.conversation.ConversationMessageRepository;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Builds the world of a conversation test: an account routed to a queue, agents, fans writing
 * through the real push endpoint, and the engine's clock, which tests move to make timers fall due.
 */
public abstract class ConversationScenario extends IntegrationTest {

  @Autowired protected ConversationRepository conversations;
  @Autowired protected ConversationMessageRepository messages;
  @Autowired protected AgentActions actions;
  @Autowired protected ManagementService management;
  @Autowired protected ServiceQueueRepository queues;
  @Autowired protected AgentProfileRepository agents;
  @Autowired protected NavigationRepository navigations;
  @Autowired protected DeskUserRepository users;
  @Autowired protected PasswordEncoder encoder;
  @Autowired protected ObjectMapper json;

  protected TestAccount account;
  protected long queueId;
  protected Instant now;

  @BeforeEach
  protected void accountRoutedToOneQueue() {
    now = Instant.parse("2030-01-01T08:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    account = bindAccount();
    queueId = queues.insert("售前 " + System.nanoTime(), QueueStrategy.LEAST_LOADED, null);
    navigations.saveAccountRouting(new AccountRouting(account.account().id(), queueId, null));
  }

  @AfterEach
  protected void resetEngineClock() {
    ClockUtil.reset();
  }

  /** An online agent in the given queue with the given reception limit; returns the user id. */
  protected Agent agent(long inQueue, int maxConcurrent) {
    return serving("agent", Role.AGENT, inQueue, maxConcurrent);
  }

  /** A supervisor, who serves visitors like an agent: online in the queue with the given limit. */
  protected Agent supervisor(long inQueue, int maxConcurrent) {
    return serving("supervisor", Role.SUPERVISOR, inQueue, maxConcurrent);
  }

  private Agent serving(String prefix, Role role, long inQueue, int maxConcurrent) {
    String username = prefix + System.nanoTime();
    users.insert(username, encoder.encode("pw"), "座席 " + username, role);
    long userId = users.findByUsername(username).orElseThrow().id();
    agents.savePresence(userId, AgentStatus.ONLINE, maxConcurrent);
    agents.replaceQueues(userId, Set.of(inQueue));
    return new Agent(userId, username);
  }

  /**
   * Changes some of the account's flow settings (the rest stay the spec's defaults) through the
   * admin API.
   */
  protected void settings(java.util.Map<String, Object> changes) {
    try {
      com.fasterxml.jackson.databind.node.ObjectNode changed =
          json.valueToTree(FlowSettings.defaults());
      changes.forEach((field, value) -> changed.set(field, json.valueToTree(value)));
      mvc.perform(
              put("/api/admin/accounts/" + account.account().id() + "/flow-settings")
                  .with(user("admin").roles("ADMIN"))
                  .with(realCsrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(json.writeValueAsString(changed)))
          .andExpect(status().isOk());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  protected String fan() {
    return "o_conv_" + System.nanoTime();
  }

  protected void fanWrites(String openid, String text) {
    account
        .push()
        .post(account.push().sign(account.push().textXml(openid, text, WeChatPush.nextMsgId())));
  }

  protected void fanClicks(String openid, String key) {
    account
        .push()
        .post(
            account
                .push()
                .sign(
                    account
                        .push()
                        .event(
                            openid,
                            "CLICK",
                            "<EventKey><![CDATA[" + key + "]]></EventKey>",
                            Instant.now().getEpochSecond())));
  }

  /** Waits until the fan's pushes are processed, then returns the fan's latest conversation. */
  protected Conversation conversationOf(String openid) {
    await(
        "the fan's messages are processed",
        () ->
            jdbc.sql(
                        "select count(*) from desk.inbound_message where openid = ? and status = 'PENDING'")
                    .param(openid)
                    .query(Long.class)
                    .single()
                == 0);
    long fanId =
        jdbc.sql("select id from desk.fan where openid = ?")
            .param(openid)
            .query(Long.class)
            .single();
    return conversations.findLatestForFan(fanId).orElseThrow();
  }

  protected Conversation reload(Conversation conversation) {
    return conversations.findById(conversation.id()).orElseThrow();
  }

  /**
   * The fan writes and {@code agent}, the only one free, answers: the chat waits for the visitor.
   */
  protected Conversation chatWaitingForTheVisitor(Agent agent, String fan) {
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    agentReplies(conversation, agent, "您好，请问有什么问题？");
    return conversation;
  }

  /**
   * With the one slot of the only agent taken by another fan, a fan who writes now waits in the
   * queue.
   */
  protected String fanWaitingInTheQueue() {
    String served = fan();
    fanWrites(served, "我先来");
    conversationOf(served);
    String waiting = fan();
    fanWrites(waiting, "我也来");
    org.assertj.core.api.Assertions.assertThat(conversationOf(waiting).status())
        .isEqualTo(Conversation.Status.QUEUED);
    return waiting;
  }

  protected void agentReplies(Conversation conversation, Agent agent, String text) {
    actions.reply(
        conversation.id(),
        new AgentActions.Actor(agent.username(), false),
        OutboundKind.TEXT,
        OutboundContent.text(text),
        "k" + System.nanoTime());
  }

  /** Moves the engine clock and runs every job of the conversation that is due by then. */
  protected void advanceSeconds(Conversation conversation, long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
    List<Job> due =
        management
            .createJobQuery()
            .processInstanceId(reload(conversation).processInstanceId())
            .duedateLowerThan(Date.from(now.plusMillis(1)))
            .list();
    for (Job job : due) {
      management.executeJob(job.getId());
    }
  }

  protected List<Job> timers(Conversation conversation) {
    return management
        .createJobQuery()
        .processInstanceId(reload(conversation).processInstanceId())
        .timers()
        .list();
  }

  /** Texts sent (or queued) to the fan, oldest first. */
  protected List<String> textsTo(String openid) {
    return jdbc
        .sql(
            """
            select payload from desk.outbound_message where openid = ? and kind = 'TEXT' order by id""")
        .param(openid)
        .query(String.class)
        .list()
        .stream()
        .map(
            payload ->
                payload
                    .replaceAll("^\\{\"text\":\"", "")
                    .replaceAll("\"}$", "")
                    .replace("\\n", "\n"))
        .toList();
  }

  /** What the desk said on the conversation's system lines, in its codes. */
  protected List<TranscriptNotice> systemNotices(Conversation conversation) {
    return messages.forConversation(conversation.id()).stream()
        .filter(m -> m.direction() == ConversationMessage.Direction.SYSTEM)
        .map(ConversationMessage::notice)
        .filter(Objects::nonNull)
        .toList();
  }

  protected List<String> systemLines(Conversation conversation) {
    return messages.forConversation(conversation.id()).stream()
        .filter(m -> m.direction() == ConversationMessage.Direction.SYSTEM)
        .map(ConversationMessage::text)
        .toList();
  }

  protected FakeWeChatApi wechat() {
    return WECHAT;
  }

  protected record Agent(long id, String username) {}
}
