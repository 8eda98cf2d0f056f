package org.wechatdesk.routing.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the assignment rules concluded, filled in by the rules while they fire (it is the global
 * {@code decision} of assignment.drl). Proposals come in the order the rules gave them: the caller
 * tries each agent in turn, because another visitor may take the last slot of the first one
 * meanwhile.
 */
public final class Decision {

  /** The rule name recorded when no rule proposed anyone. */
  public static final String NO_AGENT = "No agent can take the visitor now";

  private final List<Candidate> candidates;
  private final Map<Long, Proposal> proposals = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  private int queuePriority;
  private String queuePriorityRule;

  public Decision(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** Proposes one agent; an agent a higher rule proposed already keeps that rule's place. */
  public void propose(Candidate candidate, String rule) {
    proposals.putIfAbsent(
        candidate.getAgentId(),
        new Proposal(candidate.getAgentId(), candidate.getUsername(), rule));
  }

  /** Proposes agents in the order given, as one rule (the strategies). */
  public void proposeInOrder(List<Candidate> ordered, String rule) {
    ordered.forEach(candidate -> propose(candidate, rule));
  }

  /**
   * Waiting visitors are taken in descending priority, then first come first served. The highest
   * priority any rule gives stands (a designated customer who is also a VIP).
   */
  public void prioritise(int priority, String rule) {
    if (priority > queuePriority) {
      this.queuePriority = priority;
      this.queuePriorityRule = rule;
    }
  }

  public void note(String note) {
    notes.add(note);
  }

  public List<Proposal> proposals() {
    return List.copyOf(proposals.values());
  }

  public List<Skip> skips() {
    return candidates.stream()
        .filter(c -> c.getSkippedBy() != null)
        .map(c -> new Skip(c.getAgentId(), c.getUsername(), c.getSkippedBy()))
        .toList();
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public int queuePriority() {
    return queuePriority;
  }

  /** The rule that set the queue priority, or null when the visitor has the default priority 0. */
  public String queuePriorityRule() {
    return queuePriorityRule;
  }

  /** The rule of the first proposal, else {@link #NO_AGENT}. */
  public String decidedBy() {
    return proposals.isEmpty() ? NO_AGENT : proposals.values().iterator().next().rule();
  }

  /** One agent the visitor may go to and the rule that put the agent on the list. */
  public record Proposal(long agentId, String username, String rule) {}

  /** An agent ruled out and the rule that did it (the rule's name is the reason). */
  public record Skip(long agentId, String username, String rule) {}
}
