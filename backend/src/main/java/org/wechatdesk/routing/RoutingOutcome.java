package org.wechatdesk.routing;

/** Where a visitor stands after entering a queue. */
public sealed interface RoutingOutcome {

  /** An agent took the visitor; {@code ruleName} is the rule that chose the agent. */
  record Assigned(long agentId, String userName, String ruleName) implements RoutingOutcome {}

  /** No agent can take the visitor now; 1-based place in the queue. */
  record Waiting(int position) implements RoutingOutcome {}
}
