package org.wechatdesk.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agents at work over the REST API, each on a thread of its own: they go online, look at their
 * workbench, answer each waiting fan with a text of their own (unique, so that its delivery can be
 * counted) under an idempotency key, and end a conversation after two answers so that waiting fans
 * get their turn. One reply in ten is posted twice with the same key, at the same moment on both
 * nodes, as a browser's retry after a lost answer does. Every fourth conversation is left
 * unanswered for longer than the agent reminder, so that the flow's timers fall due throughout the
 * run, also while a node is dead.
 */
final class Agents {

  private static final int REPLIES_BEFORE_ENDING = 2;
  private static final Duration SILENCE = Duration.ofSeconds(DeskSetup.AGENT_REMIND_SECONDS + 5);

  private final List<DeskSetup.Agent> agents;
  private final List<DeskNode> nodes;
  private final Ledger ledger;
  private final long seed;
  private final Map<Long, AtomicInteger> repliesByConversation = new ConcurrentHashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean working = true;

  Agents(List<DeskSetup.Agent> agents, List<DeskNode> nodes, Ledger ledger, long seed) {
    this.agents = agents;
    this.nodes = nodes;
    this.ledger = ledger;
    this.seed = seed;
  }

  void start() {
    for (DeskSetup.Agent agent : agents) {
      Thread thread = new Thread(() -> work(agent), agent.username());
      threads.add(thread);
      thread.start();
    }
  }

  void stop() throws InterruptedException {
    working = false;
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void work(DeskSetup.Agent agent) {
    Random random = new Random(seed + agent.id());
    AgentClient client = new AgentClient(agent.username(), nodes);
    goOnline(client, agent, random);
    int sequence = 0;
    while (working) {
      int node = random.nextInt(nodes.size());
      JsonNode conversations =
          client
              .send(node, "GET", "/api/workbench", null)
              .map(workbench -> workbench.body().path("conversations"))
              .orElse(MissingNode.getInstance());
      for (JsonNode conversation : conversations) {
        if (!working) {
          break;
        }
        if (awaitsAnswer(conversation)) {
          reply(client, conversation, agent.username() + "-" + sequence++, random);
        }
      }
      pause(300);
    }
  }

  private void goOnline(AgentClient client, DeskSetup.Agent agent, Random random) {
    while (working
        && !client
            .send(
                random.nextInt(nodes.size()),
                "PUT",
                "/api/agents/me/presence",
                Map.of("status", "ONLINE", "maxConcurrent", agent.limit()))
            .map(AgentClient.Answer::accepted)
            .orElse(false)) {
      pause(500);
    }
  }

  private static boolean awaitsAnswer(JsonNode conversation) {
    if (!"CHATTING".equals(conversation.path("status").asText())
        || conversation.path("waitingSince").isNull()
        || conversation.path("waitingSince").isMissingNode()) {
      return false;
    }
    boolean silent = conversation.path("id").asLong() % 4 == 0;
    Instant assigned =
        Instant.parse(conversation.path("assignedAt").asText(Instant.EPOCH.toString()));
    return !silent || assigned.plus(SILENCE).isBefore(Instant.now());
  }

  private void reply(AgentClient client, JsonNode conversation, String reference, Random random) {
    long id = conversation.path("id").asLong();
    String text = "answer " + reference + " 为您查询";
    Map<String, Object> request =
        Map.of(
            "kind",
            "TEXT",
            "content",
            Map.of("text", text),
            "idempotencyKey",
            "chaos-" + reference);
    String path = "/api/conversations/" + id + "/messages";
    Thread repeat = null;
    if (random.nextInt(10) == 0) {
      ledger.replyRepeats.incrementAndGet();
      int other = random.nextInt(nodes.size());
      repeat =
          new Thread(() -> record(client.send(other, "POST", path, request), text, conversation));
      repeat.start();
    }
    Optional<AgentClient.Answer> answer = Optional.empty();
    while (working && answer.isEmpty()) {
      answer = client.send(random.nextInt(nodes.size()), "POST", path, request);
      if (answer.isEmpty()) {
        pause(300);
      }
    }
    record(answer, text, conversation);
    join(repeat);
    if (answer.map(AgentClient.Answer::accepted).orElse(false)
        && repliesByConversation.computeIfAbsent(id, c -> new AtomicInteger()).incrementAndGet()
            >= REPLIES_BEFORE_ENDING) {
      end(client, id, random);
    }
  }

  private void record(Optional<AgentClient.Answer> answer, String text, JsonNode conversation) {
    if (answer.map(AgentClient.Answer::accepted).orElse(false)) {
      ledger.acceptedReplies.put(text, conversation.path("openid").asText());
    } else if (answer.isPresent()) {
      ledger.repliesRefused.incrementAndGet();
    }
  }

  private void end(AgentClient client, long conversationId, Random random) {
    Optional<AgentClient.Answer> answer = Optional.empty();
    while (working && answer.isEmpty()) {
      answer =
          client.send(
              random.nextInt(nodes.size()),
              "POST",
              "/api/conversations/" + conversationId + "/end",
              null);
      if (answer.isEmpty()) {
        pause(300);
      }
    }
    if (answer.map(AgentClient.Answer::accepted).orElse(false)) {
      ledger.conversationsEnded.incrementAndGet();
    }
  }

  private static void join(Thread thread) {
    if (thread == null) {
      return;
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
