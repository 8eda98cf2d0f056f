package org.wechatdesk.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kie.api.KieBase;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

/**
 * The rule sets admins may replace at run time, each with the DRL shipped in the jar (from the
 * top-level rules/ folder) and a sample situation every replacement must get through without
 * failing.
 */
public enum RuleSet {
  ASSIGNMENT("assignment", "decision", Decision.class) {
    @Override
    String rehearse(KieBase rules) {
      Candidate agent =
          new Candidate(1, "sample", AgentStatus.ONLINE, 3, 0, true, false, 1, null, null);
      Decision decision =
          AssignmentRules.decide(
              rules,
              new Situation(
                  new Visitor(1, true, true, 1L, 1L, 5L),
                  new Queue(1, QueueStrategy.ROUND_ROBIN, null),
                  new Policy(1440),
                  List.of(agent)));
      return decision.proposals().isEmpty()
          ? "they assign nobody when one online agent with free capacity owns the visitor"
          : null;
    }
  },

  NAVIGATION("navigation", "choice", NavigationChoice.class) {
    @Override
    String rehearse(KieBase rules) {
      NavigationChoice choice =
          NavigationRules.decide(
              rules,
              new Menu(1, null, 0, 3),
              List.of(new MenuEntry(1, 1, "售前", "PRE_SALES", 1L, false)),
              Answer.of("1"));
      return choice.kind() == null
          ? "they do not answer the reply \"1\" to a one-entry menu"
          : null;
    }
  };

  private final String id;
  private final String global;
  private final Class<?> globalType;

  RuleSet(String id, String global, Class<?> globalType) {
    this.id = id;
    this.global = global;
    this.globalType = globalType;
  }

  public String id() {
    return id;
  }

  /**
   * Runs the rules once over a sample, so that a set that cannot decide fails now, not on a
   * visitor. Returns what is wrong, or null.
   */
  abstract String rehearse(KieBase rules);

  public String shippedDrl() {
    try (InputStream in = RuleSet.class.getResourceAsStream("/rules/" + id + ".drl")) {
      if (in == null) {
        throw new IllegalStateException("rules/" + id + ".drl is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RuleSet of(String id) {
    for (RuleSet set : values()) {
      if (set.id.equals(id)) {
        return set;
      }
    }
    throw new IllegalArgumentException("Unknown rule set " + id);
  }

  /** Compiles and rehearses; throws {@link RuleSetRejectedException} with what went wrong. */
  public KieBase compile(String drl) {
    KieBase rules = RuleCompiler.compile(drl);
    boolean declaresGlobal =
        rules.getKiePackages().stream()
            .flatMap(p -> p.getGlobalVariables().stream())
            .anyMatch(g -> g.getName().equals(global) && g.getType().equals(globalType.getName()));
    String problem;
    try {
      problem =
          declaresGlobal
              ? rehearse(rules)
              : "they must declare: global " + globalType.getName() + " " + global;
    } catch (RuntimeException e) {
      problem = "they fail: " + e;
    }
    if (problem != null) {
      throw new RuleSetRejectedException(
          List.of(
              new CompilerMessage(
                  "ERROR",
                  0,
                  0,
                  "The rules compile but fail on a sample " + id + " situation: " + problem)));
    }
    return rules;
  }
}
