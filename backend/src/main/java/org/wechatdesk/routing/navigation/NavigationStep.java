package org.wechatdesk.routing.navigation;

/**
 * The next step of navigation: send the visitor a text and wait for the answer, or route them to a
 * queue.
 */
public sealed interface NavigationStep {

  /** Enqueue the visitor in {@code queueId}. */
  record RouteToQueue(long queueId, String ruleName) implements NavigationStep {}

  /** Send {@code text}, keep {@code state} for the visitor's answer. */
  record Prompt(Kind kind, String text, NavigationState state, String ruleName)
      implements NavigationStep {}

  /**
   * MENU: greeting and main menu; SUB_MENU: an entry's own menu; REPROMPT: the answer was not
   * understood.
   */
  enum Kind {
    MENU,
    SUB_MENU,
    REPROMPT
  }
}
