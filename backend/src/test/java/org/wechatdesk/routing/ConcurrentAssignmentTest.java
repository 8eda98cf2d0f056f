package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

/**
 * 500 visitors and 20 agents of 3 slots each; visitors enter and conversations end on many threads
 * at once. The database must never show an agent above the limit, and afterwards every visitor is
 * assigned once or waits in order, with no agent left idle while someone waits.
 */
class ConcurrentAssignmentTest extends RoutingIntegrationTest {

  private static final int VISITORS = 500;
  private static final int AGENTS = 20;
  private static final int LIMIT = 3;
  private static final int RELEASES = 300;

  @Test
  void noAgentExceedsTheLimitAndEveryVisitorIsAssignedOnceOrWaitsInOrder() throws Exception {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    List<Long> agentIds = new ArrayList<>();
    for (int i = 0; i < AGENTS; i++) {
      agentIds.add(agent(AgentStatus.ONLINE, LIMIT, queue));
    }
    List<Long> fanIds = new ArrayList<>();
    for (int i = 0; i < VISITORS; i++) {
      long fan = fan();
      if (i % 10 == 0) {
        customers.save(new CustomerProfile(fan, null, true, false));
      }
      fanIds.add(fan);
    }
    String agentList = agentIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger overLimitSeen = new AtomicInteger();
    Thread watcher =
        new Thread(
            () -> {
              while (running.get()) {
                overLimitSeen.addAndGet(
                    jdbc.sql(
                            "select count(*) from desk.agent_profile where user_id in ("
                                + agentList
                                + ") and active_count > max_concurrent")
                        .query(Integer.class)
                        .single());
              }
            });
    watcher.start();

    List<Long> conversations = new ArrayList<>();
    List<Runnable> work = new ArrayList<>();
    for (int i = 0; i < VISITORS; i++) {
      long conversation = next();
      conversations.add(conversation);
      long fan = fanIds.get(i);
      work.add(
          () ->
              routing.enqueue(new EnqueueRequest(conversation, accountId(), fan, queue, Set.of())));
      if (i % 5 < 3 && work.size() < VISITORS + RELEASES) {
        work.add(() -> releaseOneAssigned(queue));
      }
    }
    ExecutorService threads = Executors.newFixedThreadPool(12);
    try {
      List<Future<?>> done = new ArrayList<>();
      work.forEach(task -> done.add(threads.submit(task)));
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      threads.shutdown();
      running.set(false);
      watcher.join();
    }

    assertThat(overLimitSeen).as("times an agent was seen above the limit").hasValue(0);
    String conversationList =
        conversations.stream().map(String::valueOf).collect(Collectors.joining(","));
    Map<String, Long> byStatus =
        jdbc
            .sql(
                "select status, count(*) as n from desk.queue_entry where conversation_id in ("
                    + conversationList
                    + ") group by status")
            .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(VISITORS);
    assertThat(byStatus.keySet()).isSubsetOf("ASSIGNED", "ENDED", "WAITING");

    for (long agent : agentIds) {
      long serving =
          jdbc.sql(
                  "select count(*) from desk.queue_entry where assigned_agent_id = ? and status = 'ASSIGNED'")
              .param(agent)
              .query(Long.class)
              .single();
      assertThat(activeCount(agent))
          .as("agent %d's count matches its conversations", agent)
          .isEqualTo((int) serving)
          .isLessThanOrEqualTo(LIMIT);
    }
    for (long conversation : conversations) {
      int assignments = assignedEvents(conversation).size();
      assertThat(assignments)
          .as("assignments of conversation %d", conversation)
          .isEqualTo(entryStatus(conversation).equals("WAITING") ? 0 : 1);
    }
    long waiting = byStatus.getOrDefault("WAITING", 0L);
    if (waiting > 0) {
      assertThat(agentIds)
          .as("nobody waits while an agent has room")
          .allSatisfy(agent -> assertThat(activeCount(agent)).isEqualTo(LIMIT));
    }
    List<Long> waitingInOrder =
        jdbc.sql(
                "select conversation_id from desk.queue_entry where queue_id = ? and status = 'WAITING'"
                    + " order by priority desc, entered_at, id")
            .param(queue)
            .query(Long.class)
            .list();
    Map<Long, Integer> positions = routing.positionsIn(queue);
    assertThat(positions).hasSameSizeAs(waitingInOrder);
    for (int i = 0; i < waitingInOrder.size(); i++) {
      assertThat(routing.position(waitingInOrder.get(i))).hasValue(i + 1);
      assertThat(positions).containsEntry(waitingInOrder.get(i), i + 1);
    }
    assertThat(byStatus.get("ENDED")).as("conversations ended while others arrived").isPositive();
  }

  private void releaseOneAssigned(long queue) {
    List<Map.Entry<Long, Long>> assigned =
        jdbc.sql(
                """
            select conversation_id, assigned_agent_id from desk.queue_entry
             where queue_id = ? and status = 'ASSIGNED' order by assigned_at fetch first 20 rows only""")
            .param(queue)
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
            .list();
    if (!assigned.isEmpty()) {
      Map.Entry<Long, Long> chosen =
          assigned.get(ThreadLocalRandom.current().nextInt(assigned.size()));
      routing.release(chosen.getKey(), chosen.getValue());
    }
  }
}
