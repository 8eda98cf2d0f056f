package org.wechatdesk.workbench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.wechatdesk.conversation.AgentReminderDue;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationAssigned;
import org.wechatdesk.conversation.ConversationEnded;
import org.wechatdesk.conversation.ConversationMessageAdded;
import org.wechatdesk.conversation.ConversationMessageChanged;
import org.wechatdesk.conversation.ConversationRated;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.ConversationTransferred;
import org.wechatdesk.conversation.leftmessage.LeftMessageChanged;
import org.wechatdesk.conversation.leftmessage.LeftMessages;
import org.wechatdesk.fan.tag.FanTagsChanged;
import org.wechatdesk.message.OutboundMessageSettled;
import org.wechatdesk.routing.QueuePositionsChanged;
import org.wechatdesk.routing.VisitorWaiting;
import org.wechatdesk.routing.agent.CapacityAppeared;
import org.wechatdesk.routing.customer.CustomerFlagsChanged;
import org.wechatdesk.system.ClusterNotices;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Turns what happens in conversations into events on the agent's workbench. Each event is logged in
 * the same transaction as its cause and pushed over STOMP only after that commits, so a client
 * never sees something that was rolled back, and one that missed a push finds it in the log. The
 * agent's socket may be open on another node: a cluster notice, sent with the same commit, has that
 * node push it.
 */
@Component
class WorkbenchNotifier {

  static final String DESTINATION = "/queue/events";
  private static final String RELAYED = "agent-event";

  private final AgentEventLog log;
  private final WorkbenchQueries queries;
  private final ConversationRepository conversations;
  private final SimpMessagingTemplate stomp;
  private final ApplicationEventPublisher events;
  private final ClusterNotices notices;
  private final SimpUserRegistry sockets;
  private final DeskUserRepository users;
  private final QueueLength queueLength;
  private final LeftMessages leftMessages;
  private final Clock clock;

  WorkbenchNotifier(
      AgentEventLog log,
      WorkbenchQueries queries,
      ConversationRepository conversations,
      SimpMessagingTemplate stomp,
      ApplicationEventPublisher events,
      ClusterNotices notices,
      SimpUserRegistry sockets,
      DeskUserRepository users,
      QueueLength queueLength,
      LeftMessages leftMessages,
      Clock clock) {
    this.log = log;
    this.queries = queries;
    this.conversations = conversations;
    this.stomp = stomp;
    this.events = events;
    this.notices = notices;
    this.sockets = sockets;
    this.users = users;
    this.queueLength = queueLength;
    this.leftMessages = leftMessages;
    this.clock = clock;
  }

  /**
   * Any line, the desk's own texts included; with the summary, since a line moves the waiting time,
   * and a fan's message the 48-hour window. Built just before the commit: the line is written
   * before the rest of its transaction (whose turn it is, the quota) and the summary must show all
   * of it.
   */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(ConversationMessageAdded added) {
    if (added.agentUsername() == null) {
      return;
    }
    queries
        .message(added.messageId())
        .ifPresent(
            message ->
                record(
                    added.agentUsername(),
                    new WorkbenchEvent(
                        0,
                        WorkbenchEvent.Type.MESSAGE_ADDED,
                        added.conversationId(),
                        message,
                        summary(added.conversationId(), added.agentUsername()),
                        null,
                        null,
                        null,
                        null)));
  }

  @EventListener
  void on(ConversationMessageChanged changed) {
    if (changed.agentUsername() == null) {
      return;
    }
    queries
        .message(changed.messageId())
        .ifPresent(
            message ->
                record(
                    changed.agentUsername(),
                    new WorkbenchEvent(
                        0,
                        WorkbenchEvent.Type.MESSAGE_UPDATED,
                        changed.conversationId(),
                        message,
                        null,
                        null,
                        null,
                        null,
                        null)));
  }

  @EventListener
  void on(ConversationAssigned assigned) {
    Conversation conversation = conversations.findById(assigned.conversationId()).orElseThrow();
    record(
        assigned.agentUsername(),
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.CONVERSATION_ASSIGNED,
            conversation.id(),
            null,
            queries.summary(conversation, assigned.agentUsername()),
            null,
            null,
            null,
            null));
  }

  @EventListener
  void on(ConversationEnded ended) {
    if (ended.agentUsername() == null) {
      return;
    }
    record(
        ended.agentUsername(),
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.CONVERSATION_ENDED,
            ended.conversationId(),
            null,
            null,
            null,
            ended.reason().name(),
            null,
            null));
    record(
        ended.agentUsername(),
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.CONVERSATION_UPDATED,
            ended.conversationId(),
            null,
            summary(ended.conversationId(), ended.agentUsername()),
            null,
            null,
            null,
            null));
  }

  @EventListener
  void on(ConversationTransferred transferred) {
    removed(transferred.conversationId(), transferred.fromAgentUsername());
  }

  /** The agent closed an ended conversation, maybe in another tab. */
  void removed(long conversationId, String username) {
    record(
        username,
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.CONVERSATION_REMOVED,
            conversationId,
            null,
            null,
            null,
            null,
            null,
            null));
  }

  /**
   * A queue's waiting visitors changed (one arrived, left, or was assigned): each agent of the
   * queue sees the number of visitors waiting in all their queues.
   */
  @EventListener
  void on(QueuePositionsChanged changed) {
    queueChanged(changed.queueId());
  }

  @EventListener
  void on(VisitorWaiting waiting) {
    queueChanged(waiting.queueId());
  }

  private void queueChanged(long queueId) {
    recordAll(
        queueLength.ofMembersOf(queueId).entrySet().stream()
            .map(
                member ->
                    new AgentEventLog.Addressed(
                        member.getKey(),
                        new WorkbenchEvent(
                            0,
                            WorkbenchEvent.Type.QUEUE_LENGTH,
                            null,
                            null,
                            null,
                            null,
                            null,
                            member.getValue(),
                            null)))
            .toList());
  }

  @EventListener
  void on(LeftMessageChanged changed) {
    for (long agentId : leftMessages.agentsServing(changed.accountId())) {
      users
          .findById(agentId)
          .ifPresent(
              agent ->
                  record(
                      agent.username(),
                      new WorkbenchEvent(
                          0,
                          WorkbenchEvent.Type.LEFT_MESSAGES_CHANGED,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null,
                          null)));
    }
  }

  /** The agent's status or limit changed (by them or an admin), or a slot of theirs was freed. */
  @EventListener
  void on(CapacityAppeared appeared) {
    users
        .findById(appeared.agentId())
        .ifPresent(
            agent ->
                record(
                    agent.username(),
                    new WorkbenchEvent(
                        0,
                        WorkbenchEvent.Type.PRESENCE_CHANGED,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)));
  }

  @EventListener
  void on(AgentReminderDue due) {
    if (due.agentUsername() == null) {
      return;
    }
    record(
        due.agentUsername(),
        new WorkbenchEvent(
            0,
            WorkbenchEvent.Type.REMINDER,
            due.conversationId(),
            null,
            null,
            null,
            due.prompt(),
            null,
            null));
  }

  @EventListener
  void on(ConversationRated rated) {
    visitorChanged(rated.fanId());
  }

  @EventListener
  void on(FanTagsChanged changed) {
    visitorChanged(changed.fanId());
  }

  @EventListener
  void on(CustomerFlagsChanged changed) {
    visitorChanged(changed.fanId());
  }

  /**
   * Every conversation of the fan in an agent's list shows the fan's ratings, tags, flags and
   * proactive messages in its visitor panel, not only the one the change came from.
   */
  private void visitorChanged(long fanId) {
    for (WorkbenchQueries.Listing listing :
        queries.listingsOfFan(fanId, clock.instant().minus(WorkbenchController.ENDED_LISTED))) {
      record(
          listing.username(),
          new WorkbenchEvent(
              0,
              WorkbenchEvent.Type.VISITOR_CHANGED,
              listing.conversationId(),
              null,
              null,
              null,
              null,
              null,
              null));
    }
  }

  @EventListener
  void on(OutboundMessageSettled settled) {
    Optional<WorkbenchQueries.Settled> where = queries.whereSettled(settled.id());
    where.flatMap(WorkbenchQueries.Settled::proactiveFan).ifPresent(this::visitorChanged);
    where
        .map(WorkbenchQueries.Settled::conversationId)
        .flatMap(conversations::findById)
        .filter(conversation -> conversation.agentUsername() != null)
        .ifPresent(
            conversation ->
                record(
                    conversation.agentUsername(),
                    new WorkbenchEvent(
                        0,
                        WorkbenchEvent.Type.DELIVERY,
                        conversation.id(),
                        null,
                        queries.summary(conversation, conversation.agentUsername()),
                        new WorkbenchEvent.Delivery(
                            settled.id(),
                            settled.status().name(),
                            settled.reason(),
                            settled.errorCode()),
                        null,
                        null,
                        null)));
  }

  private ConversationSummary summary(long conversationId, String username) {
    return queries.summary(conversations.findById(conversationId).orElseThrow(), username);
  }

  void record(String username, WorkbenchEvent event) {
    WorkbenchEvent logged = log.append(username, event);
    notices.send(RELAYED, logged.id() + ":" + username);
    events.publishEvent(new Logged(username, logged));
  }

  private void recordAll(List<AgentEventLog.Addressed> addressed) {
    List<WorkbenchEvent> logged = log.appendAll(addressed);
    List<String> relayed = new ArrayList<>(logged.size());
    for (int i = 0; i < logged.size(); i++) {
      String username = addressed.get(i).username();
      relayed.add(logged.get(i).id() + ":" + username);
      events.publishEvent(new Logged(username, logged.get(i)));
    }
    notices.sendAll(RELAYED, relayed);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void push(Logged logged) {
    stomp.convertAndSendToUser(logged.username(), DESTINATION, logged.event());
  }

  /** An event logged on another node, for an agent whose socket may be open on this one. */
  @EventListener
  void relayed(ClusterNotices.ClusterNotice notice) {
    if (!notice.topic().equals(RELAYED)) {
      return;
    }
    String[] idAndUser = notice.payload().split(":", 2);
    if (sockets.getUser(idAndUser[1]) != null) {
      log.find(Long.parseLong(idAndUser[0]))
          .ifPresent(event -> stomp.convertAndSendToUser(idAndUser[1], DESTINATION, event));
    }
  }

  record Logged(String username, WorkbenchEvent event) {}
}
