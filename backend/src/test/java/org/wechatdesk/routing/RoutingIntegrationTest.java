package org.wechatdesk.routing;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Agents, queues and fans made to measure for routing tests, on the shared integration-test
 * context.
 */
abstract class RoutingIntegrationTest extends IntegrationTest {

  private static final AtomicLong SEQUENCE =
      new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);
  private static final List<Object> EVENTS = new CopyOnWriteArrayList<>();
  private static volatile boolean listening;

  @Autowired protected Routing routing;

  @Autowired protected DeskUserRepository users;

  @Autowired protected AgentProfileRepository agents;

  @Autowired protected ServiceQueueRepository queues;

  @Autowired protected CustomerProfileRepository customers;

  @Autowired protected FanRepository fans;

  @Autowired private ConfigurableApplicationContext context;

  private long accountId;

  /**
   * Records routing events when their transaction commits, as the conversation module would see
   * them.
   */
  @BeforeEach
  void listenToRoutingEvents() {
    synchronized (EVENTS) {
      if (!listening) {
        context.addApplicationListener(
            (ApplicationListener<PayloadApplicationEvent<?>>)
                event -> {
                  Object payload = event.getPayload();
                  if (payload instanceof VisitorAssigned
                      || payload instanceof QueuePositionsChanged) {
                    if (TransactionSynchronizationManager.isSynchronizationActive()) {
                      TransactionSynchronizationManager.registerSynchronization(
                          new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                              EVENTS.add(payload);
                            }
                          });
                    } else {
                      EVENTS.add(payload);
                    }
                  }
                });
        listening = true;
      }
    }
    accountId = bindAccount().account().id();
  }

  protected static long next() {
    return SEQUENCE.incrementAndGet();
  }

  protected long accountId() {
    return accountId;
  }

  protected long queue(QueueStrategy strategy) {
    return queues.insert(
        "queue-" + next(), strategy, strategy == QueueStrategy.SKILL_FIRST ? "billing" : null);
  }

  /** An agent user with a profile, member of the given queues. */
  protected long agent(AgentStatus status, int maxConcurrent, long... queueIds) {
    String username = "agent" + next();
    users.insert(username, "{noop}secret", "Agent " + username, Role.AGENT);
    long id = users.findByUsername(username).orElseThrow().id();
    agents.savePresence(id, status, maxConcurrent);
    agents.replaceQueues(id, Arrays.stream(queueIds).boxed().collect(Collectors.toSet()));
    return id;
  }

  protected String username(long agentId) {
    return agents.find(agentId).orElseThrow().username();
  }

  protected long fan() {
    return fans.findOrCreate(accountId, "o_routing_" + next()).id();
  }

  protected long vipFan() {
    long fan = fan();
    customers.save(new CustomerProfile(fan, null, true, false));
    return fan;
  }

  /** Enqueues a new conversation of {@code fanId}; returns its id. */
  protected long enqueue(long fanId, long queueId) {
    long conversation = next();
    routing.enqueue(new EnqueueRequest(conversation, accountId, fanId, queueId, Set.of()));
    return conversation;
  }

  protected RoutingOutcome enqueueAndAnswer(long conversation, long fanId, long queueId) {
    return routing.enqueue(new EnqueueRequest(conversation, accountId, fanId, queueId, Set.of()));
  }

  protected int activeCount(long agentId) {
    return agents.find(agentId).orElseThrow().activeCount();
  }

  protected String entryStatus(long conversation) {
    return jdbc.sql("select status from desk.queue_entry where conversation_id = ?")
        .param(conversation)
        .query(String.class)
        .single();
  }

  /** The agent of the conversation, 0 when none. */
  protected long assignedAgent(long conversation) {
    return jdbc.sql(
            "select coalesce(assigned_agent_id, 0) from desk.queue_entry where conversation_id = ?")
        .param(conversation)
        .query(Long.class)
        .single();
  }

  protected static List<VisitorAssigned> assignedEvents(long conversation) {
    return EVENTS.stream()
        .filter(VisitorAssigned.class::isInstance)
        .map(VisitorAssigned.class::cast)
        .filter(e -> e.conversationId() == conversation)
        .toList();
  }

  protected static boolean positionsChanged(long queueId) {
    return EVENTS.stream()
        .anyMatch(e -> e instanceof QueuePositionsChanged changed && changed.queueId() == queueId);
  }
}
