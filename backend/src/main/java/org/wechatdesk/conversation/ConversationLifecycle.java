package org.wechatdesk.conversation;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.ConversationMilestone.Kind;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.routing.navigation.NavigationState;

/**
 * The named transitions of a conversation. Each one writes the conversation's row and, where other
 * features react, publishes its event: nothing else changes a conversation's state, so a reader
 * finds every way a conversation moves here, and each event has one origin.
 *
 * <p>The row is the truth for what the screens and the routing read (status, queue, agent); the
 * engine's token only says which step of the flow waits next (see docs/architecture.md).
 */
@Component
public class ConversationLifecycle {

  private final ConversationRepository conversations;
  private final ConversationMessageRepository messages;
  private final ApplicationEventPublisher events;

  ConversationLifecycle(
      ConversationRepository conversations,
      ConversationMessageRepository messages,
      ApplicationEventPublisher events) {
    this.conversations = conversations;
    this.messages = messages;
    this.events = events;
  }

  /** A fan's first message opens a conversation; the flow has not started yet. */
  long opened(long accountId, long fanId, FanChannel channel) {
    long id = conversations.insert(accountId, fanId, channel);
    events.publishEvent(ConversationMilestone.of(id, Kind.STARTED));
    events.publishEvent(new ConversationStatusChanged(id));
    return id;
  }

  /** An agent wrote first: the conversation opens already served by them. */
  long openedByAgent(
      long accountId,
      long fanId,
      FanChannel channel,
      long queueId,
      long agentId,
      String agentUsername) {
    long id =
        conversations.insertStartedByAgent(
            accountId, fanId, channel, queueId, agentId, agentUsername);
    events.publishEvent(ConversationMilestone.of(id, Kind.STARTED));
    events.publishEvent(ConversationMilestone.of(id, Kind.ASSIGNED));
    events.publishEvent(new ConversationAssigned(id, agentUsername));
    return id;
  }

  /** The engine's process instance that runs this conversation's flow. */
  void flowStarted(long id, String processInstanceId) {
    conversations.setProcessInstance(id, processInstanceId);
  }

  /**
   * Answers go where the fan wrote last: a fan who moves from WeChat to the H5 page takes the
   * conversation along.
   */
  void fanMoved(long id, FanChannel channel) {
    conversations.setChannel(id, channel);
  }

  /** The robot answers before any navigation (the flow's robot step). */
  public void answeredByRobot(long id) {
    conversations.setStatus(id, Conversation.Status.ROBOT);
    events.publishEvent(new ConversationStatusChanged(id));
  }

  /** The navigation menu asks the visitor which service they want. */
  public void navigating(long id) {
    conversations.setStatus(id, Conversation.Status.NAVIGATING);
    events.publishEvent(new ConversationStatusChanged(id));
  }

  /** The navigation menu offered to the visitor, which a page may show as buttons to tap. */
  public void menuShown(long id, NavigationState menu) {
    conversations.setMenuShown(id, menu);
  }

  /**
   * Nobody answers now: the fan was asked to leave a message, and what they write waits in the
   * transcript for the agents. Reports count the conversation as refused, for this reason.
   */
  public void leavingMessage(long id, ConversationMilestone.Refusal reason) {
    conversations.setStatus(id, Conversation.Status.LEAVING_MESSAGE);
    events.publishEvent(ConversationMilestone.of(id, Kind.REFUSED, reason.name()));
  }

  /** The visitor waits in a queue (first time, or again after a transfer). */
  public void queued(long id, long queueId) {
    conversations.setQueue(id, queueId);
    events.publishEvent(ConversationMilestone.of(id, Kind.QUEUED));
    events.publishEvent(new ConversationStatusChanged(id));
  }

  /** The visitor was told their place in the queue; later notices only say when it changed. */
  public void toldPlace(long id, int position) {
    conversations.recordPositionSent(id, position);
  }

  /** An agent now serves the conversation, and their workbench is told. */
  public void assigned(long id, long agentId, String agentUsername) {
    conversations.assign(id, agentId, agentUsername);
    events.publishEvent(ConversationMilestone.of(id, Kind.ASSIGNED));
    events.publishEvent(new ConversationAssigned(id, agentUsername));
  }

  /** An agent's reply went out; reports take the first one as the first response. */
  void agentReplied(long id) {
    events.publishEvent(ConversationMilestone.of(id, Kind.AGENT_REPLIED));
  }

  /** One of the flow's timers fired. */
  public void timeoutFired(long id, ConversationMilestone.Timeout timeout) {
    events.publishEvent(ConversationMilestone.of(id, Kind.TIMEOUT, timeout.name()));
  }

  /**
   * The agent let the conversation go to another queue: it waits there unserved, and leaves the
   * agent's workbench.
   */
  public void transferred(Conversation conversation) {
    // Recorded before the agent is let go, so that the transfer counts for the agent who made it.
    events.publishEvent(ConversationMilestone.of(conversation.id(), Kind.TRANSFERRED));
    conversations.unassign(conversation.id());
    events.publishEvent(new ConversationStatusChanged(conversation.id()));
    if (conversation.agentUsername() != null) {
      events.publishEvent(
          new ConversationTransferred(conversation.id(), conversation.agentUsername()));
    }
  }

  /** Whose turn it is: the reply timers run against the side that spoke last. */
  void spoke(long id, Conversation.Speaker speaker) {
    conversations.setLastSpeaker(id, speaker);
  }

  /** The visitor stayed silent past the close time; the end that follows gives this reason. */
  public void visitorTimedOut(long id) {
    conversations.setEndReason(id, Conversation.EndReason.VISITOR_TIMEOUT);
  }

  /**
   * The conversation is over. A reason recorded earlier (the visitor's timeout) wins over the one
   * given here.
   */
  public void ended(Conversation conversation, Conversation.EndReason reason) {
    conversations.end(conversation.id(), reason);
    Conversation ended = conversations.findById(conversation.id()).orElseThrow();
    events.publishEvent(
        new ConversationMilestone(
            ended.id(),
            Kind.ENDED,
            ended.endReason().name(),
            null,
            null,
            messages.countWritten(ended.id())));
    events.publishEvent(
        new ConversationEnded(conversation.id(), conversation.agentUsername(), reason));
  }

  /** The visitor was invited to rate; replies count until {@code expiresAt}. */
  public void surveyInvited(long id, Instant expiresAt) {
    conversations.inviteSurvey(id, expiresAt);
  }

  /** Ratings are no longer taken for this conversation. */
  public void surveyClosed(long id) {
    conversations.closeSurvey(id);
  }

  /** The visitor rated the service; a later rating replaces it. */
  public void rated(long id, int rating, Boolean solved) {
    conversations.rate(id, rating, solved);
    events.publishEvent(new ConversationMilestone(id, Kind.RATED, null, rating, solved, null));
    events.publishEvent(
        new ConversationRated(id, conversations.findById(id).orElseThrow().fanId()));
  }
}
