package org.wechatdesk.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.queue.QueueEntryRepository;
import org.wechatdesk.routing.queue.QueueEntryRepository.LastService;
import org.wechatdesk.routing.queue.ServiceQueue;
import org.wechatdesk.routing.rules.AssignmentRules;
import org.wechatdesk.routing.rules.Candidate;
import org.wechatdesk.routing.rules.Decision;
import org.wechatdesk.routing.rules.Decision.Proposal;
import org.wechatdesk.routing.rules.Policy;
import org.wechatdesk.routing.rules.Queue;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.routing.rules.RuleSets;
import org.wechatdesk.routing.rules.Situation;
import org.wechatdesk.routing.rules.Visitor;

/**
 * Loads the facts about one visitor from the database, asks the rules, and takes an agent's slot.
 */
@Component
class Assigner {

  private final AgentProfileRepository agents;
  private final CustomerProfileRepository customers;
  private final QueueEntryRepository entries;
  private final RuleSets rules;
  private final NavigationRepository navigations;
  private final Clock clock;

  Assigner(
      AgentProfileRepository agents,
      CustomerProfileRepository customers,
      QueueEntryRepository entries,
      RuleSets rules,
      NavigationRepository navigations,
      Clock clock) {
    this.agents = agents;
    this.customers = customers;
    this.entries = entries;
    this.rules = rules;
    this.navigations = navigations;
    this.clock = clock;
  }

  /** The familiar agent is the one within the window of the visitor's account (熟客优先). */
  Decision decide(
      long conversationId,
      long accountId,
      long fanId,
      ServiceQueue queue,
      Set<Long> excludedAgentIds) {
    Instant now = clock.instant();
    CustomerProfile customer = customers.find(fanId);
    Optional<LastService> last = entries.lastService(fanId, conversationId);
    Visitor visitor =
        new Visitor(
            fanId,
            customer.vip(),
            customer.designated(),
            customer.ownerAgentId(),
            last.map(LastService::agentId).orElse(null),
            last.map(
                    service ->
                        Duration.between(service.endedAt() == null ? now : service.endedAt(), now)
                            .toMinutes())
                .orElse(null));
    List<Long> alsoConsidered =
        Stream.of(visitor.ownerAgentId(), visitor.lastAgentId()).filter(Objects::nonNull).toList();
    List<Candidate> candidates =
        agents.candidates(queue.id(), queue.requiredSkill(), alsoConsidered, excludedAgentIds);
    return AssignmentRules.decide(
        rules.current(RuleSet.ASSIGNMENT),
        new Situation(
            visitor,
            new Queue(queue.id(), queue.strategy(), queue.requiredSkill()),
            new Policy(navigations.familiarWindowMinutes(accountId)),
            candidates));
  }

  /**
   * Takes a slot of the first proposed agent who still has one: others may have filled the rest
   * meanwhile. Among agents one rule proposed together (a strategy's order), one whose slot another
   * visitor is taking at this moment is passed over for the next; only when none of them had room
   * are those waited for. An agent proposed alone (the owner, the familiar agent) is waited for.
   */
  Optional<Proposal> takeSlot(Decision decision, long queueId) {
    List<Proposal> proposals = decision.proposals();
    int groupStart = 0;
    while (groupStart < proposals.size()) {
      String rule = proposals.get(groupStart).rule();
      int groupEnd = groupStart;
      while (groupEnd < proposals.size() && proposals.get(groupEnd).rule().equals(rule)) {
        groupEnd++;
      }
      Optional<Proposal> taken = takeSlotInGroup(proposals.subList(groupStart, groupEnd), queueId);
      if (taken.isPresent()) {
        return taken;
      }
      groupStart = groupEnd;
    }
    return Optional.empty();
  }

  private Optional<Proposal> takeSlotInGroup(List<Proposal> group, long queueId) {
    if (group.size() > 1) {
      for (Proposal proposal : group) {
        if (agents.takeSlotUnlessHeld(proposal.agentId(), queueId, clock.instant())) {
          return Optional.of(proposal);
        }
      }
    }
    for (Proposal proposal : group) {
      if (agents.takeSlot(proposal.agentId(), queueId, clock.instant())) {
        return Optional.of(proposal);
      }
    }
    return Optional.empty();
  }
}
