package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.routing.terms.AgentStatus.BUSY;
import static org.wechatdesk.routing.terms.AgentStatus.OFFLINE;
import static org.wechatdesk.routing.terms.AgentStatus.ONLINE;
import static org.wechatdesk.routing.terms.QueueStrategy.LEAST_LOADED;
import static org.wechatdesk.routing.terms.QueueStrategy.RANDOM;
import static org.wechatdesk.routing.terms.QueueStrategy.ROUND_ROBIN;
import static org.wechatdesk.routing.terms.QueueStrategy.SKILL_FIRST;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.KieBase;
import org.wechatdesk.routing.rules.AssignmentRules;
import org.wechatdesk.routing.rules.Candidate;
import org.wechatdesk.routing.rules.Decision;
import org.wechatdesk.routing.rules.Policy;
import org.wechatdesk.routing.rules.Queue;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.routing.rules.Situation;
import org.wechatdesk.routing.rules.Visitor;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

/**
 * The shipped assignment rules, one row per priority level, strategy and skip reason: a situation
 * in, the agents tried (in order), the deciding rule and the skipped agents out. No Spring, no
 * database.
 */
class RoutingRulesTest {

  private static final KieBase RULES = RuleSet.ASSIGNMENT.compile(RuleSet.ASSIGNMENT.shippedDrl());
  private static final Policy DAY_WINDOW = new Policy(24 * 60);
  private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

  private static final String OWNER = "Owner agent first";
  private static final String FAMILIAR = "Familiar agent within window";
  private static final String ROUND = "Round robin among available agents";
  private static final String RANDOMLY = "Random available agent";
  private static final String LEAST = "Least loaded available agent";
  private static final String SKILL = "Best skill match, then least loaded";
  private static final String OFFLINE_SKIP = "Skip agents who are offline";
  private static final String BUSY_SKIP = "Skip agents who are busy";
  private static final String LIMIT_SKIP = "Skip agents at their reception limit";
  private static final String EXCLUDED_SKIP = "Skip agents the visitor was transferred away from";
  private static final String OUTSIDE_SKIP =
      "Skip agents outside the queue unless they own or recently served the visitor";

  static Stream<Arguments> situations() {
    return Stream.of(
        row(
            "owner online with a free slot is first",
            visitor().owner(1),
            ROUND_ROBIN,
            agents(agent(1), agent(2)),
            OWNER,
            order(1, 2),
            skips()),
        row(
            "owner offline is skipped, the strategy applies",
            visitor().owner(1),
            ROUND_ROBIN,
            agents(agent(1).status(OFFLINE), agent(2)),
            ROUND,
            order(2),
            skips(1, OFFLINE_SKIP)),
        row(
            "owner busy is skipped",
            visitor().owner(1),
            ROUND_ROBIN,
            agents(agent(1).status(BUSY), agent(2)),
            ROUND,
            order(2),
            skips(1, BUSY_SKIP)),
        row(
            "owner at the reception limit is skipped",
            visitor().owner(1),
            ROUND_ROBIN,
            agents(agent(1).load(3, 3), agent(2)),
            ROUND,
            order(2),
            skips(1, LIMIT_SKIP)),
        row(
            "owner outside the queue still serves their customer",
            visitor().owner(1),
            ROUND_ROBIN,
            agents(agent(1).outsideQueue(), agent(2)),
            OWNER,
            order(1, 2),
            skips()),
        row(
            "familiar agent within the window comes before the strategy",
            visitor().lastServed(2, 60),
            LEAST_LOADED,
            agents(agent(1), agent(2).load(2, 3)),
            FAMILIAR,
            order(2, 1),
            skips()),
        row(
            "familiar agent outside the window is not preferred",
            visitor().lastServed(2, 25 * 60),
            LEAST_LOADED,
            agents(agent(1), agent(2).load(2, 3)),
            LEAST,
            order(1, 2),
            skips()),
        row(
            "owner comes before the familiar agent",
            visitor().owner(1).lastServed(2, 10),
            ROUND_ROBIN,
            agents(agent(1), agent(2), agent(3)),
            OWNER,
            order(1, 2, 3),
            skips()),
        row(
            "熟客优先: the familiar agent serves a returning visitor from another queue too",
            visitor().lastServed(2, 10),
            ROUND_ROBIN,
            agents(agent(1), agent(2).outsideQueue()),
            FAMILIAR,
            order(2, 1),
            skips()),
        row(
            "a familiar agent outside the queue and beyond the window is skipped",
            visitor().lastServed(2, 25 * 60),
            ROUND_ROBIN,
            agents(agent(1), agent(2).outsideQueue()),
            ROUND,
            order(1),
            skips(2, OUTSIDE_SKIP)),
        row(
            "负责人不在线、忙碌或超过接待上限: a designated customer's full owner passes them on",
            visitor().owner(1).asDesignated(),
            ROUND_ROBIN,
            agents(agent(1).load(3, 3), agent(2)),
            ROUND,
            order(2),
            skips(1, LIMIT_SKIP)),
        row(
            "designated customer with an offline owner goes to the queue",
            visitor().owner(1).asDesignated(),
            ROUND_ROBIN,
            agents(agent(1).status(OFFLINE), agent(2)),
            ROUND,
            order(2),
            skips(1, OFFLINE_SKIP)),
        row(
            "熟客优先 > 指定客户优先: the familiar agent serves a designated customer whose owner is full",
            visitor().owner(1).asDesignated().lastServed(2, 30),
            ROUND_ROBIN,
            agents(agent(1).load(3, 3), agent(2), agent(3)),
            FAMILIAR,
            order(2, 3),
            skips(1, LIMIT_SKIP)),
        row(
            "round robin: the member whose last visitor from this queue came longest ago",
            visitor(),
            ROUND_ROBIN,
            agents(
                agent(1).queueTurn(T0.plusSeconds(60)),
                agent(2).queueTurn(T0),
                agent(3).queueTurn(T0.plusSeconds(30))),
            ROUND,
            order(2, 3, 1),
            skips()),
        row(
            "round robin: a member never assigned goes first",
            visitor(),
            ROUND_ROBIN,
            agents(agent(1).queueTurn(T0), agent(2)),
            ROUND,
            order(2, 1),
            skips()),
        row(
            "least loaded: the smallest share of the limit in use, then fewer conversations",
            visitor(),
            LEAST_LOADED,
            agents(agent(1).load(2, 4), agent(2).load(1, 4), agent(3).load(1, 2)),
            LEAST,
            order(2, 3, 1),
            skips()),
        row(
            "skill first: highest level, ties by load, agents without the skill last",
            visitor(),
            SKILL_FIRST,
            agents(agent(1).skill(3), agent(2).skill(5).load(2, 3), agent(3).skill(5), agent(4)),
            SKILL,
            order(3, 2, 1, 4),
            skips()),
        row(
            "agents transferred away from are skipped",
            visitor(),
            LEAST_LOADED,
            agents(agent(1).transferredAway(), agent(2).load(2, 3)),
            LEAST,
            order(2),
            skips(1, EXCLUDED_SKIP)),
        row(
            "excluded owner is skipped like any other",
            visitor().owner(1).asDesignated(),
            LEAST_LOADED,
            agents(agent(1).transferredAway(), agent(2)),
            LEAST,
            order(2),
            skips(1, EXCLUDED_SKIP)),
        row(
            "every skip reason at once leaves nobody",
            visitor(),
            ROUND_ROBIN,
            agents(agent(1).status(OFFLINE), agent(2).status(BUSY), agent(3).load(3, 3)),
            Decision.NO_AGENT,
            order(),
            skips(1, OFFLINE_SKIP, 2, BUSY_SKIP, 3, LIMIT_SKIP)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("situations")
  void decides(
      String description,
      VisitorRow visitor,
      QueueStrategy strategy,
      List<AgentRow> agents,
      String decidedBy,
      List<Long> tried,
      Map<Long, String> skipped) {
    Decision decision = decide(visitor, strategy, agents);

    assertThat(decision.decidedBy()).isEqualTo(decidedBy);
    assertThat(decision.proposals())
        .extracting(Decision.Proposal::agentId)
        .containsExactlyElementsOf(tried);
    assertThat(decision.skips())
        .extracting(Decision.Skip::agentId, Decision.Skip::rule)
        .containsExactlyInAnyOrderElementsOf(
            skipped.entrySet().stream()
                .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList());
  }

  @Test
  void randomStrategyTriesEveryAvailableAgentOnce() {
    Decision decision =
        decide(visitor(), RANDOM, agents(agent(1), agent(2), agent(3), agent(4).status(OFFLINE)));

    assertThat(decision.decidedBy()).isEqualTo(RANDOMLY);
    assertThat(decision.proposals())
        .extracting(Decision.Proposal::agentId)
        .containsExactlyInAnyOrder(1L, 2L, 3L);
  }

  @Test
  void vipCustomersAreTakenFromTheQueueFirst() {
    Decision vip = decide(visitor().asVip(), ROUND_ROBIN, agents(agent(1).load(3, 3)));
    Decision ordinary = decide(visitor(), ROUND_ROBIN, agents(agent(1).load(3, 3)));

    assertThat(vip.queuePriority()).isGreaterThan(ordinary.queuePriority());
    assertThat(vip.queuePriorityRule()).isEqualTo("VIP customers are taken from the queue first");
    assertThat(ordinary.queuePriorityRule()).isNull();
  }

  /** 负责人指定分配 > 熟客优先 > 指定客户优先 > VIP客户优先 > 队列分配: in the queue, designated before VIP. */
  @Test
  void designatedCustomersAreTakenFromTheQueueBeforeVips() {
    Decision designated =
        decide(visitor().owner(1).asDesignated(), ROUND_ROBIN, agents(agent(1).load(3, 3)));
    Decision both =
        decide(visitor().owner(1).asDesignated().asVip(), ROUND_ROBIN, agents(agent(1).load(3, 3)));
    Decision vip = decide(visitor().asVip(), ROUND_ROBIN, agents(agent(1).load(3, 3)));

    assertThat(designated.queuePriority()).isGreaterThan(vip.queuePriority());
    assertThat(designated.queuePriorityRule())
        .isEqualTo("Designated customers are taken from the queue first");
    assertThat(both.queuePriority()).isEqualTo(designated.queuePriority());
    assertThat(both.queuePriorityRule()).isEqualTo(designated.queuePriorityRule());
    assertThat(designated.decidedBy())
        .as("nobody waits for the full owner")
        .isEqualTo(Decision.NO_AGENT);
  }

  @Test
  void anExpiredFamiliarWindowIsExplained() {
    Decision decision =
        decide(visitor().lastServed(2, 25 * 60), LEAST_LOADED, agents(agent(1), agent(2)));

    assertThat(decision.notes())
        .singleElement()
        .asString()
        .contains("1500 min ago")
        .contains("1440 min window");
  }

  private static Decision decide(
      VisitorRow visitor, QueueStrategy strategy, List<AgentRow> agents) {
    return AssignmentRules.decide(
        RULES,
        new Situation(
            visitor.fact(),
            new Queue(7, strategy, "billing"),
            DAY_WINDOW,
            agents.stream().map(AgentRow::fact).toList()));
  }

  private static Arguments row(
      String description,
      VisitorRow visitor,
      QueueStrategy strategy,
      List<AgentRow> agents,
      String decidedBy,
      List<Long> tried,
      Map<Long, String> skipped) {
    return Arguments.of(description, visitor, strategy, agents, decidedBy, tried, skipped);
  }

  private static VisitorRow visitor() {
    return new VisitorRow(false, false, null, null, null);
  }

  private static AgentRow agent(long id) {
    return new AgentRow(id, ONLINE, 3, 0, true, false, 0, null);
  }

  private static List<AgentRow> agents(AgentRow... agents) {
    return List.of(agents);
  }

  private static List<Long> order(long... ids) {
    return Arrays.stream(ids).boxed().toList();
  }

  private static Map<Long, String> skips() {
    return Map.of();
  }

  private static Map<Long, String> skips(long agent, String rule) {
    return Map.of(agent, rule);
  }

  private static Map<Long, String> skips(
      long a, String ruleA, long b, String ruleB, long c, String ruleC) {
    return Map.of(a, ruleA, b, ruleB, c, ruleC);
  }

  record VisitorRow(
      boolean vip, boolean designated, Long owner, Long lastAgent, Long minutesSinceLastServed) {
    VisitorRow asVip() {
      return new VisitorRow(true, designated, owner, lastAgent, minutesSinceLastServed);
    }

    VisitorRow asDesignated() {
      return new VisitorRow(vip, true, owner, lastAgent, minutesSinceLastServed);
    }

    VisitorRow owner(long agent) {
      return new VisitorRow(vip, designated, agent, lastAgent, minutesSinceLastServed);
    }

    VisitorRow lastServed(long agent, long minutesAgo) {
      return new VisitorRow(vip, designated, owner, agent, minutesAgo);
    }

    Visitor fact() {
      return new Visitor(42, vip, designated, owner, lastAgent, minutesSinceLastServed);
    }

    @Override
    public String toString() {
      return "visitor";
    }
  }

  record AgentRow(
      long id,
      AgentStatus status,
      int max,
      int active,
      boolean member,
      boolean excluded,
      int skill,
      Instant queueTurn) {
    AgentRow status(AgentStatus newStatus) {
      return new AgentRow(id, newStatus, max, active, member, excluded, skill, queueTurn);
    }

    AgentRow load(int newActive, int newMax) {
      return new AgentRow(id, status, newMax, newActive, member, excluded, skill, queueTurn);
    }

    AgentRow outsideQueue() {
      return new AgentRow(id, status, max, active, false, excluded, skill, queueTurn);
    }

    AgentRow transferredAway() {
      return new AgentRow(id, status, max, active, member, true, skill, queueTurn);
    }

    AgentRow skill(int level) {
      return new AgentRow(id, status, max, active, member, excluded, level, queueTurn);
    }

    AgentRow queueTurn(Instant at) {
      return new AgentRow(id, status, max, active, member, excluded, skill, at);
    }

    Candidate fact() {
      return new Candidate(
          id, "agent" + id, status, max, active, member, excluded, skill, null, queueTurn);
    }

    @Override
    public String toString() {
      return "agent" + id;
    }
  }
}
