package org.wechatdesk.routing.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/** Runs a compiled assignment rule set over one situation. */
public final class AssignmentRules {

  private AssignmentRules() {}

  public static Decision decide(KieBase rules, Situation situation) {
    Decision decision = new Decision(situation.candidates());
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("decision", decision);
    List<Object> facts = new ArrayList<>(situation.candidates());
    facts.add(situation.visitor());
    facts.add(situation.queue());
    facts.add(situation.policy());
    session.execute(facts);
    return decision;
  }
}
