package org.wechatdesk.conversation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.media.MediaAccess;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.outbox.Outbox;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/**
 * What an agent (or an admin or supervisor) does in a conversation. Each action locks the
 * conversation first.
 */
@Service
public class AgentActions {

  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationMessageRepository messages;
  private final ConversationEngine engine;
  private final Outbox outbox;
  private final FanRepository fans;
  private final MediaAccess mediaAccess;
  private final Routing routing;

  AgentActions(
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationMessageRepository messages,
      ConversationEngine engine,
      Outbox outbox,
      FanRepository fans,
      MediaAccess mediaAccess,
      Routing routing) {
    this.mediaAccess = mediaAccess;
    this.routing = routing;
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.engine = engine;
    this.outbox = outbox;
    this.fans = fans;
  }

  /**
   * The agent replies; only a change of turn (the visitor spoke last) is reported to the process.
   */
  @Transactional
  public OutboundMessage reply(
      long conversationId,
      Actor actor,
      OutboundKind kind,
      OutboundContent content,
      String idempotencyKey) {
    Conversation conversation = chatting(conversationId, actor);
    if (content != null && content.mediaId() != null) {
      mediaAccess.require(content.mediaId(), actor.username(), actor.overseer());
      mediaAccess.requireKind(content.mediaId(), kind.name());
    }
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    OutboundMessage queued =
        outbox.enqueue(
            fan,
            conversation.channel(),
            kind,
            content,
            Outbox.PRIORITY_AGENT,
            "reply:" + actor.username() + ":" + idempotencyKey,
            actor.username());
    Optional<Long> line =
        messages.addOutgoing(
            conversationId,
            actor.username(),
            kind.name(),
            content.text(),
            content.mediaId(),
            queued.id());
    if (line.isEmpty()) {
      // The same request again: its message is queued once, already in the transcript and told to
      // the flow.
      return queued;
    }
    lifecycle.agentReplied(conversationId);
    if (conversation.lastSpeaker() == Conversation.Speaker.VISITOR) {
      lifecycle.spoke(conversationId, Conversation.Speaker.AGENT);
      engine.correlate(
          conversation,
          ConversationEngine.MESSAGE_AGENT_REPLIED,
          Map.of("lastSpeaker", Conversation.Speaker.AGENT.name()));
    }
    return queued;
  }

  /** An internal note: shown to agents, never sent to the fan. */
  @Transactional
  public void note(long conversationId, Actor actor, String text) {
    Conversation conversation = visible(conversationId, actor);
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw InvalidInputException.of("text", InputError.LENGTH, "min", 1, "max", 2000);
    }
    messages.add(
        conversationId,
        ConversationMessage.Direction.NOTE,
        actor.username(),
        "TEXT",
        text,
        null,
        null,
        null);
  }

  @Transactional
  public void end(long conversationId, Actor actor) {
    Conversation conversation = visible(conversationId, actor);
    Conversation.EndReason reason =
        actor.overseer() && !actor.username().equals(conversation.agentUsername())
            ? Conversation.EndReason.ADMIN_ENDED
            : Conversation.EndReason.AGENT_ENDED;
    if (!engine.correlate(
        conversation, ConversationEngine.MESSAGE_ENDED, Map.of("endReason", reason.name()))) {
      throw InvalidInputException.of(
          "status", ConversationError.NOT_ENDABLE, "status", conversation.status());
    }
  }

  /** Hands the visitor to another queue; the current agent is not chosen again. */
  @Transactional
  public void transfer(long conversationId, Actor actor, long targetQueueId, String note) {
    Conversation conversation = chatting(conversationId, actor);
    requestTransfer(conversation, actor, targetQueueId, null, note);
  }

  /**
   * Hands the visitor to a named agent of {@code targetQueueId} (the conversation's own queue when
   * null), who must be able to take them now: refused with the reason otherwise.
   */
  @Transactional
  public void transferToAgent(
      long conversationId, Actor actor, Long targetQueueId, long agentId, String note) {
    Conversation conversation = chatting(conversationId, actor);
    long queueId = targetQueueId != null ? targetQueueId : conversation.queueId();
    routing.checkTransferTarget(agentId, queueId, conversation.agentId());
    requestTransfer(conversation, actor, queueId, agentId, note);
  }

  private void requestTransfer(
      Conversation conversation, Actor actor, long queueId, Long agentId, String note) {
    if (note != null && !note.isBlank()) {
      messages.addNotice(
          conversation.id(),
          ConversationMessage.Direction.NOTE,
          actor.username(),
          note,
          TranscriptNotice.of(TranscriptNotice.Code.TRANSFER_NOTE));
    }
    // Both always set: a queue transfer must not inherit the agent of an earlier one.
    Map<String, Object> target = new HashMap<>();
    target.put("transferQueueId", queueId);
    target.put("transferAgentId", agentId);
    engine.correlate(conversation, ConversationEngine.MESSAGE_TRANSFER, target);
  }

  @Transactional
  public void inviteSurvey(long conversationId, Actor actor) {
    Conversation conversation = chatting(conversationId, actor);
    engine.correlate(conversation, ConversationEngine.MESSAGE_SURVEY_INVITE, Map.of());
  }

  private Conversation chatting(long conversationId, Actor actor) {
    Conversation conversation = visible(conversationId, actor);
    if (conversation.status() != Conversation.Status.CHATTING) {
      throw InvalidInputException.of(
          "status", ConversationError.NOT_CHATTING, "status", conversation.status());
    }
    return conversation;
  }

  private Conversation visible(long conversationId, Actor actor) {
    Conversation conversation =
        conversations
            .lock(conversationId)
            .orElseThrow(
                () -> new NotFoundException(ConversationError.NOT_FOUND, "id", conversationId));
    if (!actor.overseer() && !actor.username().equals(conversation.agentUsername())) {
      throw new AccessDeniedException("not this agent's conversation");
    }
    return conversation;
  }

  /**
   * Who acts: agents act on their own conversations; an overseer (an admin, or a supervisor acting
   * from the monitor) on any.
   */
  public record Actor(String username, boolean overseer) {

    /** A supervisor (or an admin) steering another agent's conversation from the monitor. */
    public static Actor overseer(String username) {
      return new Actor(username, true);
    }
  }
}
