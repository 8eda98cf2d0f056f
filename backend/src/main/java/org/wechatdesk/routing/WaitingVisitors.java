package org.wechatdesk.routing;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.agent.CapacityAppeared;
import org.wechatdesk.routing.queue.QueueEntry;
import org.wechatdesk.routing.queue.QueueEntryRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.rules.Decision;
import org.wechatdesk.routing.terms.RoutingProperties;

/**
 * Assigns waiting visitors when capacity appears: after the transaction that freed it commits, each
 * visitor in a transaction of its own. Several threads and nodes may drain at once: a visitor is
 * claimed by locking their still-waiting entry, an agent's slot by a conditional update, and
 * whoever loses simply moves on. No Java locks.
 */
@Component
class WaitingVisitors {

  private static final Logger log = LoggerFactory.getLogger(WaitingVisitors.class);

  private final Assigner assigner;
  private final QueueEntryRepository entries;
  private final ServiceQueueRepository queues;
  private final AgentProfileRepository agents;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int batch;
  private final TransactionTemplate ownTransaction;

  WaitingVisitors(
      Assigner assigner,
      QueueEntryRepository entries,
      ServiceQueueRepository queues,
      AgentProfileRepository agents,
      ApplicationEventPublisher events,
      Clock clock,
      RoutingProperties properties,
      PlatformTransactionManager transactions) {
    this.assigner = assigner;
    this.entries = entries;
    this.queues = queues;
    this.agents = agents;
    this.events = events;
    this.clock = clock;
    this.batch = properties.drainBatch();
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(CapacityAppeared event) {
    try {
      drainFor(event.agentId());
    } catch (RuntimeException e) {
      log.warn(
          "Assigning waiting visitors to agent {} failed; the periodic sweep retries",
          event.agentId(),
          e);
    }
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(VisitorWaiting event) {
    try {
      drainQueue(event.queueId());
    } catch (RuntimeException e) {
      log.warn(
          "Assigning waiting visitors of queue {} failed; the periodic sweep retries",
          event.queueId(),
          e);
    }
  }

  @Scheduled(fixedDelayString = "${desk.routing.sweep-interval:PT10S}")
  void sweep() {
    entries.queuesWithWaiting().forEach(this::drainQueue);
  }

  /** Offers the agent's free slots to the visitors the agent could serve, in waiting order. */
  private void drainFor(long agentId) {
    for (QueueEntry entry : entries.waitingFor(agentId, batch)) {
      if (!agents.hasFreeSlot(agentId)) {
        return;
      }
      assign(entry);
    }
  }

  private void drainQueue(long queueId) {
    // Asked first: a visitor joining a queue whose agents are all full reads no waiting entries.
    if (!queues.hasFreeMember(queueId)) {
      return;
    }
    for (QueueEntry entry : entries.waitingIn(queueId, batch)) {
      if (!queues.hasFreeMember(queueId)) {
        return;
      }
      assign(entry);
    }
  }

  private void assign(QueueEntry entry) {
    ownTransaction.executeWithoutResult(
        status -> {
          if (!entries.lockWaiting(entry.conversationId(), entry.queueId())) {
            return;
          }
          Decision decision =
              assigner.decide(
                  entry.conversationId(),
                  entry.accountId(),
                  entry.fanId(),
                  queues.find(entry.queueId()).orElseThrow(),
                  entries.exclusions(entry.conversationId()));
          assigner
              .takeSlot(decision, entry.queueId())
              .ifPresent(
                  agent -> {
                    entries.markAssigned(
                        entry.conversationId(), agent.agentId(), agent.rule(), clock.instant());
                    events.publishEvent(
                        new VisitorAssigned(
                            entry.conversationId(),
                            agent.agentId(),
                            agent.username(),
                            agent.rule(),
                            false));
                    events.publishEvent(new QueuePositionsChanged(entry.queueId()));
                  });
        });
  }
}
