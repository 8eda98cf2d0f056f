package org.wechatdesk.monitor;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.conversation.AgentActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationError;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.user.DeskUser;
import org.wechatdesk.user.DeskUserRepository;

/**
 * What a supervisor (or an admin) does to another agent's conversation from the monitor. Each step
 * goes through the same actions an agent takes, so the flow and both workbenches move as they do
 * for an agent's own transfer; each is audited in the same transaction.
 */
@Service
class Steering {

  private final AgentActions actions;
  private final ConversationRepository conversations;
  private final DeskUserRepository users;
  private final AgentProfileRepository agents;
  private final AuditLog audit;

  Steering(
      AgentActions actions,
      ConversationRepository conversations,
      DeskUserRepository users,
      AgentProfileRepository agents,
      AuditLog audit) {
    this.actions = actions;
    this.conversations = conversations;
    this.users = users;
    this.agents = agents;
    this.audit = audit;
  }

  /** A line for the serving agent only: kept in the transcript, never sent to the fan. */
  @Transactional
  public void note(long conversationId, String supervisor, String text) {
    Conversation conversation = existing(conversationId);
    actions.note(conversationId, AgentActions.Actor.overseer(supervisor), text);
    audit.record(
        "monitor.note",
        AuditTarget.CONVERSATION,
        conversationId,
        null,
        details(conversation, "text", text));
  }

  /**
   * The supervisor serves the visitor from now on, in the conversation's queue: a transfer to a
   * named agent, so the supervisor must be online, a member of that queue and below their limit.
   */
  @Transactional
  public void takeOver(long conversationId, String supervisor) {
    Conversation conversation = existing(conversationId);
    DeskUser me = users.findByUsername(supervisor).orElseThrow();
    if (agents.find(me.id()).isEmpty()) {
      throw new ConflictException(ConversationError.NOT_AN_AGENT);
    }
    actions.transferToAgent(
        conversationId, AgentActions.Actor.overseer(supervisor), null, me.id(), null);
    audit.record(
        "monitor.take-over",
        AuditTarget.CONVERSATION,
        conversationId,
        details(conversation),
        Map.of("agent", supervisor));
  }

  /** To another queue, or to a named agent ({@code agentId}) of a queue, with an optional note. */
  @Transactional
  public void transfer(
      long conversationId, String supervisor, Long queueId, Long agentId, String note) {
    Conversation conversation = existing(conversationId);
    AgentActions.Actor actor = AgentActions.Actor.overseer(supervisor);
    if (agentId != null) {
      actions.transferToAgent(conversationId, actor, queueId, agentId, note);
    } else if (queueId != null) {
      actions.transfer(conversationId, actor, queueId, note);
    } else {
      throw InvalidInputException.of("queueId", InputError.REQUIRED);
    }
    Map<String, Object> target = new LinkedHashMap<>();
    target.put("queueId", queueId);
    target.put("agentId", agentId);
    target.put("note", note);
    audit.record(
        "monitor.transfer",
        AuditTarget.CONVERSATION,
        conversationId,
        details(conversation),
        target);
  }

  private Conversation existing(long conversationId) {
    return conversations
        .findById(conversationId)
        .orElseThrow(
            () -> new NotFoundException(ConversationError.NOT_FOUND, "id", conversationId));
  }

  private static Map<String, Object> details(Conversation conversation, Object... more) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("agent", conversation.agentUsername());
    details.put("queueId", conversation.queueId());
    details.put("status", conversation.status().name());
    for (int i = 0; i < more.length; i += 2) {
      details.put((String) more[i], more[i + 1]);
    }
    return details;
  }
}
