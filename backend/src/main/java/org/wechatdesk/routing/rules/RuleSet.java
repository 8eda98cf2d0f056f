package org.wechatdesk.routing.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kie.api.KieBase;
import org.wechatdesk.routing.AgentStatus;
import org.wechatdesk.routing.QueueStrategy;

/**
 * The rule sets admins may replace at run time, each with the DRL shipped in the jar (from the
 * top-level rules/ folder) and a sample situation every replacement must get through without failing.
 */
public enum RuleSet {

  ASSIGNMENT("assignment") {
    @Override
    void rehearse(KieBase rules) {
      Candidate agent = new Candidate(1, "sample", AgentStatus.ONLINE, 3, 0, true, false, 1, null, null);
      AssignmentRules.decide(rules, new Situation(new Visitor(1, true, true, 1L, 1L, 5L),
          new Queue(1, QueueStrategy.ROUND_ROBIN, null), new Policy(1440), List.of(agent)));
    }
  },

  NAVIGATION("navigation") {
    @Override
    void rehearse(KieBase rules) {
      NavigationRules.decide(rules, new Menu(1, null, 0, 3),
          List.of(new MenuEntry(1, 1, "售前", "PRE_SALES", 1L, false)), Answer.of("1"));
    }
  };

  private final String id;

  RuleSet(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Runs the rules once over a sample, so that a set missing a global or fact type fails now, not on a visitor. */
  abstract void rehearse(KieBase rules);

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
    try {
      rehearse(rules);
    } catch (RuntimeException e) {
      throw new RuleSetRejectedException(List.of(new CompilerMessage("ERROR", 0, 0,
          "The rules compile but fail on a sample " + id + " situation: " + e)));
    }
    return rules;
  }
}
