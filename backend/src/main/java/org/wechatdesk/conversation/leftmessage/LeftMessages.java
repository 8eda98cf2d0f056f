package org.wechatdesk.conversation.leftmessage;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationMessageAdded;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.LeftMessageWait;
import org.wechatdesk.conversation.ProactiveConversations;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.NotFoundException;

/**
 * Messages fans left when nobody could answer (留言), as to-dos of the agents who serve the account:
 * an agent claims one, answers it (a conversation the agent starts, so WeChat's 48-hour window and
 * quota decide whether the answer can go through WeChat; a message left on the H5 page is otherwise
 * answered on the page, which shows it when the fan comes back; a refusal names why) or marks it
 * done. An agent sees and acts on the to-dos of the accounts they serve only; admins on all.
 */
@Service
public class LeftMessages {

  /** Handled to-dos stay listed for a while, so that an agent sees what a colleague just did. */
  static final int HANDLED_LISTED = 20;

  private final LeftMessageRepository repository;
  private final LeftMessageWait wait;
  private final ConversationRepository conversations;
  private final ProactiveConversations proactive;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  LeftMessages(
      LeftMessageRepository repository,
      LeftMessageWait wait,
      ConversationRepository conversations,
      ProactiveConversations proactive,
      ApplicationEventPublisher events,
      Clock clock) {
    this.repository = repository;
    this.wait = wait;
    this.conversations = conversations;
    this.proactive = proactive;
    this.events = events;
    this.clock = clock;
  }

  /** The fan was asked to leave a message: the conversation becomes a to-do. */
  public void left(Conversation conversation) {
    repository.insertOnce(
        conversation.id(), conversation.accountId(), conversation.fanId(), clock.instant());
    events.publishEvent(new LeftMessageChanged(conversation.accountId()));
  }

  /** The fan wrote more while leaving the message: the to-do shows it. */
  @EventListener
  void on(ConversationMessageAdded added) {
    repository
        .accountOfConversation(added.conversationId())
        .ifPresent(accountId -> events.publishEvent(new LeftMessageChanged(accountId)));
  }

  /** Who is told when the account's to-dos change. */
  public List<Long> agentsServing(long accountId) {
    return repository.agentsServing(accountId);
  }

  /** Whether a fan who writes now would find an agent of the account online. */
  public boolean anyAgentOnline(long accountId) {
    return repository.anyAgentOnline(accountId);
  }

  /** {@code agentId} null: an admin, who sees every account's. */
  @Transactional(readOnly = true)
  public List<LeftMessage> visibleTo(Long agentId) {
    return repository.visibleTo(agentId, HANDLED_LISTED);
  }

  @Transactional
  public LeftMessage claim(long id, Long agentId, String username) {
    LeftMessage todo = pending(id, agentId, username);
    repository.claim(id, username, clock.instant());
    events.publishEvent(new LeftMessageChanged(todo.accountId()));
    return reload(id, agentId);
  }

  /** Handled without an answer through the desk (e.g. the agent phoned the customer). */
  @Transactional
  public LeftMessage done(long id, Long agentId, String username) {
    LeftMessage todo = pending(id, agentId, username);
    repository.handled(id, username, clock.instant(), null);
    events.publishEvent(new LeftMessageChanged(todo.accountId()));
    return reload(id, agentId);
  }

  /**
   * Answers the fan in a conversation the agent starts, which ends the fan's out-of-hours wait if
   * it still runs. Refused as a whole, with the reason, when the answer cannot reach the fan.
   */
  @Transactional
  public LeftMessage answer(
      long id, Long agentId, String username, String text, String idempotencyKey) {
    LeftMessage todo = pending(id, agentId, username);
    wait.endIfWaiting(todo.conversationId());
    Conversation answer =
        proactive.answerLeftMessage(todo.fanId(), username, text, idempotencyKey, leftOnPage(todo));
    repository.handled(id, username, clock.instant(), answer.id());
    events.publishEvent(new LeftMessageChanged(todo.accountId()));
    return reload(id, agentId);
  }

  /** Whether the fan left the message on the H5 page, which then shows the answer. */
  boolean leftOnPage(LeftMessage todo) {
    return conversations
        .findById(todo.conversationId())
        .map(left -> left.channel() == FanChannel.H5)
        .orElse(false);
  }

  private LeftMessage pending(long id, Long agentId, String username) {
    LeftMessage todo =
        repository
            .lockVisible(id, agentId)
            .orElseThrow(() -> new NotFoundException(LeftMessageError.NOT_FOUND, "id", id));
    if (todo.status() == LeftMessage.Status.HANDLED) {
      throw new ConflictException(LeftMessageError.ALREADY_HANDLED, "agent", todo.handledBy());
    }
    if (todo.status() == LeftMessage.Status.CLAIMED && !username.equals(todo.claimedBy())) {
      throw new ConflictException(LeftMessageError.CLAIMED_BY_OTHER, "agent", todo.claimedBy());
    }
    return todo;
  }

  private LeftMessage reload(long id, Long agentId) {
    return repository.lockVisible(id, agentId).orElseThrow();
  }
}
