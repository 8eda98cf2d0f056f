package org.wechatdesk.routing.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.StatelessKieSession;

/** Runs a compiled navigation rule set over one answer to one menu. */
public final class NavigationRules {

  private NavigationRules() {}

  public static NavigationChoice decide(
      KieBase rules, Menu menu, List<MenuEntry> entries, Answer answer) {
    NavigationChoice choice = new NavigationChoice();
    StatelessKieSession session = rules.newStatelessKieSession();
    session.setGlobal("choice", choice);
    List<Object> facts = new ArrayList<>(entries);
    facts.add(menu);
    facts.add(answer);
    session.execute(facts);
    return choice;
  }
}
