package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.LockWaits;

/**
 * An agent's row is held from the moment a visitor takes one of the agent's slots until that
 * visitor's conversation start commits. Another visitor arriving meanwhile takes the next agent the
 * same strategy proposed rather than waiting for it; an agent a rule proposed alone (the owner) is
 * still waited for.
 */
class HeldSlotTest extends RoutingIntegrationTest {

  @Autowired PlatformTransactionManager transactions;

  private final ExecutorService holder = Executors.newSingleThreadExecutor();
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void releaseAndStop() {
    release.countDown();
    holder.shutdownNow();
  }

  @Test
  void aVisitorTakesTheNextAgentOfTheStrategyWhileTheFirstIsBeingAssigned() throws Exception {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    long leastLoaded = agent(AgentStatus.ONLINE, 3, queue);
    long next = agent(AgentStatus.ONLINE, 3, queue);
    agents.takeSlot(next, queue, Instant.now());
    Future<?> held = holdSlotOf(leastLoaded, queue);

    long visitor = enqueue(fan(), queue);

    assertThat(assignedAgent(visitor)).isEqualTo(next);
    assertThat(held.isDone()).as("the first agent's row is still held").isFalse();
  }

  @Test
  void theOwnerIsWaitedForWhileBeingAssigned() throws Exception {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    long owner = agent(AgentStatus.ONLINE, 3, queue);
    agent(AgentStatus.ONLINE, 3, queue);
    long ownersCustomer = fan();
    customers.save(new CustomerProfile(ownersCustomer, owner, false, false));
    holdSlotOf(owner, queue);

    ExecutorService visitor = Executors.newSingleThreadExecutor();
    try {
      Future<Long> arriving = visitor.submit(() -> enqueue(ownersCustomer, queue));
      LockWaits.awaitBlocked(jdbc, "desk.agent_profile");
      assertThat(arriving.isDone()).as("waits for the owner's row").isFalse();
      release.countDown();
      assertThat(assignedAgent(arriving.get(10, TimeUnit.SECONDS))).isEqualTo(owner);
    } finally {
      visitor.shutdownNow();
    }
  }

  /** Takes one of the agent's slots in a transaction that stays open until the test ends. */
  private Future<?> holdSlotOf(long agentId, long queue) throws Exception {
    CountDownLatch taken = new CountDownLatch(1);
    TransactionTemplate transaction = new TransactionTemplate(transactions);
    Future<?> held =
        holder.submit(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      assertThat(agents.takeSlot(agentId, queue, Instant.now())).isTrue();
                      taken.countDown();
                      awaitRelease();
                      status.setRollbackOnly();
                    }));
    assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
    return held;
  }

  private void awaitRelease() {
    try {
      release.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
