package org.wechatdesk.conversation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanError;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.SendRefusal;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.outbox.Outbox;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.routing.agent.AgentProfile;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.user.DeskUserRepository;

/**
 * An agent starts a conversation with a fan by writing first (座席主动发起). The conversation is the
 * agent's from the start: the fan's answer comes back to the same agent, without welcome,
 * navigation or queue. Refused, with a code the UI translates, when WeChat would not deliver the
 * text, when the fan is already in a conversation, or when the agent cannot take another visitor
 * now.
 */
@Service
public class ProactiveConversations {

  private final FanRepository fans;
  private final FanQuota quota;
  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationMessageRepository messages;
  private final ConversationEngine engine;
  private final FlowSettingsRepository settings;
  private final DeskUserRepository users;
  private final AgentProfileRepository agents;
  private final Routing routing;
  private final Outbox outbox;

  ProactiveConversations(
      FanRepository fans,
      FanQuota quota,
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationMessageRepository messages,
      ConversationEngine engine,
      FlowSettingsRepository settings,
      DeskUserRepository users,
      AgentProfileRepository agents,
      Routing routing,
      Outbox outbox) {
    this.fans = fans;
    this.quota = quota;
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.engine = engine;
    this.settings = settings;
    this.users = users;
    this.agents = agents;
    this.routing = routing;
    this.outbox = outbox;
  }

  /**
   * Starts the conversation with the agent's first text, through WeChat; a retried request returns
   * the same conversation.
   */
  @Transactional
  public Conversation start(long fanId, String username, String text, String idempotencyKey) {
    return start(fanId, username, text, idempotencyKey, false);
  }

  /**
   * Answers a message the fan left. Through WeChat while it would take the message; otherwise, when
   * the fan left it on the H5 page ({@code leftOnPage}), on the page, which shows it when the fan
   * comes back (an anonymous visitor: in the same browser, while their cookie holds). Refused with
   * WeChat's reason when neither can reach the fan.
   */
  @Transactional
  public Conversation answerLeftMessage(
      long fanId, String username, String text, String idempotencyKey, boolean leftOnPage) {
    return start(fanId, username, text, idempotencyKey, leftOnPage);
  }

  private Conversation start(
      long fanId, String username, String text, String idempotencyKey, boolean pageReachesFan) {
    Fan fan =
        fans.lock(fanId).orElseThrow(() -> new NotFoundException(FanError.NOT_FOUND, "id", fanId));
    // Looked up under the fan's lock: a retry racing the first request waits for it and finds its
    // conversation.
    String outboxKey = "start:" + username + ":" + idempotencyKey;
    Optional<Conversation> retried =
        messages.conversationOfOutboundKey(outboxKey).flatMap(conversations::findById);
    if (retried.isPresent()) {
      return retried.get();
    }
    Optional<SendRefusal> refusal = quota.refusal(fan);
    if (refusal.isPresent() && !pageReachesFan) {
      throw new ConflictException(refusal.get());
    }
    FanChannel channel = refusal.isPresent() ? FanChannel.H5 : FanChannel.WECHAT;
    conversations
        .findOpenForFan(fanId)
        .ifPresent(
            open -> {
              throw alreadyOpen(open);
            });
    AgentProfile agent = servingAgent(username);
    long queueId =
        routing
            .directQueue(fan.accountId(), agent.userId())
            .orElseThrow(() -> new ConflictException(ConversationError.NO_QUEUE));

    long id =
        lifecycle.openedByAgent(fan.accountId(), fanId, channel, queueId, agent.userId(), username);
    if (!routing.assignDirectly(id, fan.accountId(), fanId, queueId, agent.userId())) {
      throw atLimit(agent);
    }
    Conversation conversation = conversations.lock(id).orElseThrow();
    OutboundMessage queued =
        outbox.enqueue(
            fan,
            conversation.channel(),
            OutboundKind.TEXT,
            OutboundContent.text(text),
            Outbox.PRIORITY_AGENT,
            outboxKey,
            username);
    messages.add(
        id,
        ConversationMessage.Direction.OUT,
        username,
        OutboundKind.TEXT.name(),
        text,
        null,
        null,
        queued.id());
    lifecycle.flowStarted(
        id, engine.startByAgent(conversation, settings.forAccount(fan.accountId())));
    return conversations.findById(id).orElseThrow();
  }

  /**
   * Admins may start conversations too, but only those who also serve as agents (have a profile).
   */
  private AgentProfile servingAgent(String username) {
    AgentProfile agent =
        users
            .findByUsername(username)
            .flatMap(user -> agents.find(user.id()))
            .orElseThrow(() -> new ConflictException(ConversationError.NOT_AN_AGENT));
    if (agent.status() != AgentStatus.ONLINE) {
      throw new ConflictException(ConversationError.AGENT_OFFLINE, "status", agent.status());
    }
    if (agent.activeCount() >= agent.maxConcurrent()) {
      throw atLimit(agent);
    }
    return agent;
  }

  private static ConflictException atLimit(AgentProfile agent) {
    return new ConflictException(ConversationError.AGENT_AT_LIMIT, "max", agent.maxConcurrent());
  }

  private static ConflictException alreadyOpen(Conversation open) {
    return new ConflictException(
        ConversationError.ALREADY_OPEN, "status", open.status(), "agent", open.agentUsername());
  }
}
