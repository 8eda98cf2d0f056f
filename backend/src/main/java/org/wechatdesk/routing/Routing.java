package org.wechatdesk.routing;

import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.routing.RoutingOutcome.Assigned;
import org.wechatdesk.routing.RoutingOutcome.Waiting;
import org.wechatdesk.routing.agent.AgentProfile;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.agent.CapacityAppeared;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.navigation.NavigationState;
import org.wechatdesk.routing.navigation.NavigationStep;
import org.wechatdesk.routing.navigation.Navigator;
import org.wechatdesk.routing.navigation.OfferedMenu;
import org.wechatdesk.routing.queue.QueueEntry;
import org.wechatdesk.routing.queue.QueueEntryRepository;
import org.wechatdesk.routing.queue.ServiceQueue;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.rules.Decision;
import org.wechatdesk.routing.rules.Decision.Proposal;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.NotFoundException;

/**
 * What the conversation module calls to route visitors. Every method joins the caller's
 * transaction; events are published inside it (listen after commit). When capacity appears, waiting
 * visitors are assigned after the commit, each in a transaction of its own, and announced with
 * {@link VisitorAssigned}.
 */
@Service
public class Routing {

  /** Recorded as the deciding rule of a conversation the agent started: no rule chose the agent. */
  private static final String DIRECT_ASSIGNMENT = "Agent started the conversation";

  /** Recorded as the deciding rule when the serving agent handed the visitor to a named agent. */
  private static final String NAMED_TRANSFER = "Transferred to a named agent";

  private final Assigner assigner;
  private final QueueEntryRepository entries;
  private final ServiceQueueRepository queues;
  private final AgentProfileRepository agents;
  private final Navigator navigator;
  private final NavigationRepository navigations;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Routing(
      Assigner assigner,
      QueueEntryRepository entries,
      ServiceQueueRepository queues,
      AgentProfileRepository agents,
      Navigator navigator,
      NavigationRepository navigations,
      ApplicationEventPublisher events,
      Clock clock) {
    this.assigner = assigner;
    this.entries = entries;
    this.queues = queues;
    this.agents = agents;
    this.navigator = navigator;
    this.navigations = navigations;
    this.events = events;
    this.clock = clock;
  }

  /** Whether any agent is online, for the robot that covers while nobody is. */
  public boolean anyAgentOnline() {
    return agents.anyOnline();
  }

  /**
   * Visitor enters a queue: assigns at once if an agent can take them, else leaves them waiting.
   * Called inside the caller's transaction. Calling it again for the same conversation answers
   * where it stands.
   */
  @Transactional
  public RoutingOutcome enqueue(EnqueueRequest request) {
    Optional<QueueEntry> existing = entries.find(request.conversationId());
    if (existing.isPresent()) {
      return standing(existing.get());
    }
    ServiceQueue queue = queue(request.queueId());
    Decision decision =
        assigner.decide(
            request.conversationId(),
            request.accountId(),
            request.fanId(),
            queue,
            request.excludedAgentIds());
    entries.insertWaiting(
        request.conversationId(),
        request.accountId(),
        request.fanId(),
        queue.id(),
        decision.queuePriority(),
        clock.instant());
    entries.exclude(request.conversationId(), request.excludedAgentIds());
    return assignNowOrWait(request.conversationId(), queue.id(), decision);
  }

  /**
   * The queue a conversation an agent starts counts in: the account's single routing queue, else
   * the agent's first queue; empty when neither exists.
   */
  @Transactional(readOnly = true)
  public Optional<Long> directQueue(long accountId, long agentId) {
    return navigations
        .accountRouting(accountId)
        .map(AccountRouting::queueId)
        .or(() -> agents.queueIds(agentId).stream().findFirst());
  }

  /**
   * An agent starts the conversation themselves: it takes one of the agent's slots and is recorded
   * as assigned in {@code queueId}, so capacity, {@link #release} and {@link #transfer} treat it
   * like any assigned visitor. False, with nothing changed, when the agent is offline or at the
   * reception limit.
   */
  @Transactional
  public boolean assignDirectly(
      long conversationId, long accountId, long fanId, long queueId, long agentId) {
    if (!agents.takeSlot(agentId, queue(queueId).id(), clock.instant())) {
      return false;
    }
    entries.insertAssigned(
        conversationId, accountId, fanId, queueId, agentId, DIRECT_ASSIGNMENT, clock.instant());
    return true;
  }

  /**
   * The visitor gave up / the conversation ended while waiting. Nothing happens for a visitor not
   * waiting.
   */
  @Transactional
  public void leave(long conversationId) {
    entries
        .find(conversationId)
        .ifPresent(
            entry -> {
              if (entries.markLeft(conversationId, clock.instant())) {
                events.publishEvent(new QueuePositionsChanged(entry.queueId()));
              }
            });
  }

  /**
   * A conversation of this agent ended: frees capacity and assigns the next waiting visitors (after
   * the commit). Releasing twice, or a conversation that is not this agent's, changes nothing.
   */
  @Transactional
  public void release(long conversationId, long agentId) {
    if (entries.markEnded(conversationId, agentId, clock.instant())) {
      agents.freeSlot(agentId);
      events.publishEvent(new CapacityAppeared(agentId));
    }
  }

  /**
   * Transfer: release the current agent's slot and enqueue again at the end of the target queue,
   * excluding the given agents and the current agent. Also moves a visitor still waiting.
   */
  @Transactional
  public RoutingOutcome transfer(
      long conversationId, long targetQueueId, Set<Long> excludedAgentIds) {
    QueueEntry entry =
        entries
            .find(conversationId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        RoutingError.ROUTING_NEVER_QUEUED, "conversationId", conversationId));
    ServiceQueue target = queue(targetQueueId);
    Set<Long> excluded = new HashSet<>(excludedAgentIds);
    if (entry.assignedAgentId() != null && entry.status() == QueueEntry.Status.ASSIGNED) {
      excluded.add(entry.assignedAgentId());
    }
    entries.exclude(conversationId, excluded);
    Decision decision =
        assigner.decide(
            conversationId,
            entry.accountId(),
            entry.fanId(),
            target,
            entries.exclusions(conversationId));
    if (!entries.requeue(
        conversationId, entry.status(), target.id(), decision.queuePriority(), clock.instant())) {
      throw new IllegalStateException(
          "Conversation "
              + conversationId
              + " is "
              + entry.status()
              + " or changed meanwhile; only waiting or assigned conversations can be transferred");
    }
    if (entry.status() == QueueEntry.Status.ASSIGNED) {
      agents.freeSlot(entry.assignedAgentId());
      events.publishEvent(new CapacityAppeared(entry.assignedAgentId()));
    } else {
      events.publishEvent(new QueuePositionsChanged(entry.queueId()));
    }
    return assignNowOrWait(conversationId, target.id(), decision);
  }

  /**
   * Why the named agent cannot take a visitor transferred into {@code queueId} now, thrown as the
   * refusal; nothing when they can. Reads only: {@link #transferToAgent} takes the slot under the
   * database's guard.
   */
  @Transactional(readOnly = true)
  public void checkTransferTarget(long agentId, long queueId, Long currentAgentId) {
    queue(queueId);
    AgentProfile agent =
        agents
            .find(agentId)
            .orElseThrow(() -> new NotFoundException(RoutingError.AGENT_NOT_FOUND, "id", agentId));
    if (currentAgentId != null && currentAgentId == agentId) {
      throw new ConflictException(RoutingError.TRANSFER_TO_SELF);
    }
    if (!agents.enabled(agentId)) {
      throw new ConflictException(RoutingError.TRANSFER_AGENT_DISABLED);
    }
    if (!agents.queueIds(agentId).contains(queueId)) {
      throw new ConflictException(RoutingError.TRANSFER_AGENT_NOT_IN_QUEUE, "queueId", queueId);
    }
    if (agent.status() != AgentStatus.ONLINE) {
      throw new ConflictException(RoutingError.TRANSFER_AGENT_OFFLINE, "status", agent.status());
    }
    if (agent.activeCount() >= agent.maxConcurrent()) {
      throw new ConflictException(
          RoutingError.TRANSFER_AGENT_AT_LIMIT, "max", agent.maxConcurrent());
    }
  }

  /**
   * Transfer to a named agent of {@code targetQueueId}: the current agent's slot is freed and the
   * named agent's taken by the same conditional update as any assignment, so the reception limit
   * holds however many transfers and assignments race for the slot. The one who loses gets the
   * refusal, and the caller's transaction rolls back with nothing changed.
   */
  @Transactional
  public RoutingOutcome transferToAgent(
      long conversationId, long targetQueueId, long agentId, Set<Long> excludedAgentIds) {
    QueueEntry entry =
        entries
            .find(conversationId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        RoutingError.ROUTING_NEVER_QUEUED, "conversationId", conversationId));
    Long current = entry.status() == QueueEntry.Status.ASSIGNED ? entry.assignedAgentId() : null;
    checkTransferTarget(agentId, targetQueueId, current);
    Set<Long> excluded = new HashSet<>(excludedAgentIds);
    if (current != null) {
      excluded.add(current);
    }
    excluded.remove(agentId);
    entries.exclude(conversationId, excluded);
    if (!entries.requeue(
        conversationId, entry.status(), targetQueueId, entry.priority(), clock.instant())) {
      throw new IllegalStateException(
          "Conversation " + conversationId + " changed while being transferred");
    }
    if (!agents.takeSlot(agentId, targetQueueId, clock.instant())) {
      AgentProfile agent = agents.find(agentId).orElseThrow();
      throw agent.status() != AgentStatus.ONLINE
          ? new ConflictException(RoutingError.TRANSFER_AGENT_OFFLINE, "status", agent.status())
          : new ConflictException(
              RoutingError.TRANSFER_AGENT_AT_LIMIT, "max", agent.maxConcurrent());
    }
    entries.markAssigned(conversationId, agentId, NAMED_TRANSFER, clock.instant());
    if (current != null) {
      agents.freeSlot(current);
      events.publishEvent(new CapacityAppeared(current));
    } else {
      events.publishEvent(new QueuePositionsChanged(entry.queueId()));
    }
    String username = agents.find(agentId).orElseThrow().username();
    events.publishEvent(
        new VisitorAssigned(conversationId, agentId, username, NAMED_TRANSFER, true));
    return new Assigned(agentId, username, NAMED_TRANSFER);
  }

  /**
   * 1-based among the waiting visitors of its queue, VIP first then first come first served; empty
   * unless waiting.
   */
  @Transactional(readOnly = true)
  public OptionalInt position(long conversationId) {
    return entries.position(conversationId).map(OptionalInt::of).orElseGet(OptionalInt::empty);
  }

  /** {@link #position} of every visitor waiting in the queue, by conversation id. */
  @Transactional(readOnly = true)
  public Map<Long, Integer> positionsIn(long queueId) {
    return entries.positionsIn(queueId);
  }

  /**
   * Either "route to queue X" directly (account set to one queue) or the greeting and menu text.
   */
  @Transactional(readOnly = true)
  public NavigationStep startNavigation(long accountId) {
    return navigator.start(accountId);
  }

  /**
   * One menu step: the chosen queue, a sub-menu, or the menu again after an answer not understood.
   */
  @Transactional(readOnly = true)
  public NavigationStep navigate(long accountId, NavigationState state, String visitorAnswer) {
    return navigator.navigate(accountId, state, visitorAnswer);
  }

  /** The entries of the menu a visitor was offered, while that menu is still the account's. */
  @Transactional(readOnly = true)
  public Optional<OfferedMenu> offeredMenu(long accountId, NavigationState state) {
    return navigator.offered(accountId, state);
  }

  private RoutingOutcome assignNowOrWait(long conversationId, long queueId, Decision decision) {
    Optional<Proposal> taken = assigner.takeSlot(decision, queueId);
    if (taken.isPresent()) {
      Proposal agent = taken.get();
      entries.markAssigned(conversationId, agent.agentId(), agent.rule(), clock.instant());
      events.publishEvent(
          new VisitorAssigned(
              conversationId, agent.agentId(), agent.username(), agent.rule(), true));
      return new Assigned(agent.agentId(), agent.username(), agent.rule());
    }
    // A visitor who joins ahead of others only moves them back, which earns nobody a notice; the
    // queue's new length is told with VisitorWaiting.
    events.publishEvent(new VisitorWaiting(queueId));
    return new Waiting(entries.position(conversationId).orElseThrow());
  }

  private RoutingOutcome standing(QueueEntry entry) {
    return switch (entry.status()) {
      case WAITING -> new Waiting(entries.position(entry.conversationId()).orElseThrow());
      case ASSIGNED ->
          new Assigned(
              entry.assignedAgentId(),
              agents.find(entry.assignedAgentId()).orElseThrow().username(),
              entry.decidedByRule());
      case ENDED, LEFT ->
          throw new IllegalStateException(
              "Conversation "
                  + entry.conversationId()
                  + " already left routing ("
                  + entry.status()
                  + ")");
    };
  }

  private ServiceQueue queue(long id) {
    return queues
        .find(id)
        .orElseThrow(() -> new NotFoundException(RoutingError.QUEUE_NOT_FOUND, "id", id));
  }
}
