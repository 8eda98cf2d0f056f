package org.wechatdesk.routing.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.routing.terms.RoutingProperties;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * Rule sets at run time: submit (compiled first; a broken set is rejected and the running one
 * stays), list versions, activate an older version (rollback), and try the rules on a described
 * situation without touching live data.
 */
@RestController
@RequestMapping("/api/admin/rules")
class RulesController {

  private final RuleSets ruleSets;
  private final RoutingProperties properties;
  private final AuditLog audit;

  RulesController(RuleSets ruleSets, RoutingProperties properties, AuditLog audit) {
    this.ruleSets = ruleSets;
    this.properties = properties;
    this.audit = audit;
  }

  @GetMapping
  List<RuleSetVersion> versions(@RequestParam(defaultValue = "assignment") String ruleSet) {
    return ruleSets.versions(ruleSet(ruleSet));
  }

  @GetMapping("/{version}")
  VersionWithDrl version(@PathVariable long version) {
    return new VersionWithDrl(ruleSets.version(version), ruleSets.drl(version));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  RuleSetVersion submit(@RequestBody Submission submission, Authentication authentication) {
    if (submission.drl() == null || submission.drl().isBlank()) {
      throw InvalidInputException.of("drl", InputError.REQUIRED);
    }
    RuleSet set = ruleSet(submission.ruleSet());
    RuleSetVersion before = active(set);
    RuleSetVersion stored = ruleSets.store(set, submission.drl(), authentication.getName());
    audit.record("rule-set.upload", AuditTarget.RULE_SET, stored.id(), before, stored);
    return stored;
  }

  @PostMapping("/{version}/activation")
  @Transactional
  RuleSetVersion activate(@PathVariable long version) {
    RuleSetVersion before = active(RuleSet.of(ruleSets.version(version).ruleSet()));
    RuleSetVersion activated = ruleSets.activate(version);
    audit.record("rule-set.activate", AuditTarget.RULE_SET, version, before, activated);
    return activated;
  }

  /** The version running before a change, for the audit; null when none was stored yet. */
  private RuleSetVersion active(RuleSet set) {
    return ruleSets.versions(set).stream().filter(RuleSetVersion::active).findFirst().orElse(null);
  }

  /** Runs the active assignment rules, or the {@code drl} given, over the situation described. */
  @PostMapping("/trial")
  TrialResult trial(@RequestBody Trial trial) {
    trial.check();
    KieBase rules =
        trial.drl() == null || trial.drl().isBlank()
            ? ruleSets.current(RuleSet.ASSIGNMENT)
            : RuleSet.ASSIGNMENT.compile(trial.drl());
    long window =
        trial.familiarWindowMinutes() != null
            ? trial.familiarWindowMinutes()
            : properties.familiarWindow().toMinutes();
    List<Candidate> candidates = trial.agents().stream().map(TrialAgent::fact).toList();
    Decision decision =
        AssignmentRules.decide(
            rules,
            new Situation(
                trial.visitor().fact(),
                new Queue(0, trial.queue().strategy(), trial.queue().requiredSkill()),
                new Policy(window),
                candidates));
    return TrialResult.of(decision);
  }

  @ExceptionHandler(RuleSetRejectedException.class)
  ResponseEntity<Rejected> rejected(RuleSetRejectedException e) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(new Rejected(RoutingError.RULES_REJECTED.code(), Map.of(), e.messages()));
  }

  private static RuleSet ruleSet(String id) {
    try {
      return RuleSet.of(id == null ? RuleSet.ASSIGNMENT.id() : id);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "ruleSet", InputError.ONE_OF, "values", "assignment, navigation");
    }
  }

  record Submission(String ruleSet, String drl) {}

  record VersionWithDrl(RuleSetVersion version, String drl) {}

  /** {@link org.wechatdesk.system.ApiError}'s shape, with the compiler's messages. */
  record Rejected(String code, Map<String, Object> params, List<CompilerMessage> messages) {}

  record Trial(
      @Nullable String drl,
      TrialVisitor visitor,
      TrialQueue queue,
      @Nullable Long familiarWindowMinutes,
      List<TrialAgent> agents) {
    void check() {
      if (visitor == null) {
        throw InvalidInputException.of("visitor", InputError.REQUIRED);
      }
      if (queue == null || queue.strategy() == null) {
        throw InvalidInputException.of("queue.strategy", InputError.REQUIRED);
      }
      if (agents == null
          || agents.stream().anyMatch(a -> a.status() == null || a.maxConcurrent() < 1)) {
        throw InvalidInputException.of("agents", RoutingError.RULES_TRIAL_AGENTS);
      }
    }
  }

  record TrialVisitor(
      boolean vip,
      boolean designated,
      @Nullable Long ownerAgentId,
      @Nullable Long lastAgentId,
      @Nullable Long minutesSinceLastServed) {
    Visitor fact() {
      return new Visitor(
          0,
          vip,
          designated,
          ownerAgentId,
          lastAgentId,
          lastAgentId == null
              ? null
              : minutesSinceLastServed == null ? 0L : minutesSinceLastServed);
    }
  }

  record TrialQueue(QueueStrategy strategy, @Nullable String requiredSkill) {}

  record TrialAgent(
      long agentId,
      String username,
      AgentStatus status,
      int maxConcurrent,
      int activeCount,
      Boolean member,
      boolean excluded,
      int skillLevel,
      @Nullable Instant lastAssignedAt,
      @Nullable Instant lastAssignedInQueueAt) {
    Candidate fact() {
      return new Candidate(
          agentId,
          username == null ? "agent" + agentId : username,
          status,
          maxConcurrent,
          activeCount,
          member == null || member,
          excluded,
          skillLevel,
          lastAssignedAt,
          lastAssignedInQueueAt);
    }
  }

  record TrialResult(
      String decidedBy,
      @Nullable Long agentId,
      List<Decision.Proposal> proposals,
      List<Decision.Skip> skipped,
      List<String> notes,
      int queuePriority,
      @Nullable String queuePriorityRule) {
    static TrialResult of(Decision decision) {
      List<Decision.Proposal> proposals = decision.proposals();
      return new TrialResult(
          decision.decidedBy(),
          proposals.isEmpty() ? null : proposals.get(0).agentId(),
          proposals,
          decision.skips(),
          decision.notes(),
          decision.queuePriority(),
          decision.queuePriorityRule());
    }
  }
}
