package org.wechatdesk.routing.rules;

/** What the navigation rules made of an answer (the global {@code choice} of navigation.drl). */
public final class NavigationChoice {

  /** The kinds of conclusion, each set by its own rule. */
  public enum Kind {
    ENTRY,
    MAIN_MENU,
    REPROMPT,
    DEFAULT_QUEUE
  }

  private Kind kind;
  private MenuEntry entry;
  private String rule;

  public void entry(MenuEntry chosen, String rule) {
    set(Kind.ENTRY, chosen, rule);
  }

  public void mainMenu(String rule) {
    set(Kind.MAIN_MENU, null, rule);
  }

  public void reprompt(String rule) {
    set(Kind.REPROMPT, null, rule);
  }

  public void defaultQueue(String rule) {
    set(Kind.DEFAULT_QUEUE, null, rule);
  }

  public Kind kind() {
    return kind;
  }

  public MenuEntry chosenEntry() {
    return entry;
  }

  public String rule() {
    return rule;
  }

  private void set(Kind kind, MenuEntry entry, String rule) {
    // Several rules may recognise one answer (number and label); the first, by salience, decides.
    if (this.kind == null) {
      this.kind = kind;
      this.entry = entry;
      this.rule = rule;
    }
  }
}
