package org.wechatdesk.conversation.bpmn;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.RoutingOutcome;

/**
 * Applies what the routing rules decided for a visitor entering a queue (first time or
 * transferred): an agent now, or a place in the queue with the queue prompt. Sets {@code assigned}
 * for the flow.
 */
@Component
class Assignments {

  private final ConversationLifecycle lifecycle;
  private final FanTexts texts;

  Assignments(ConversationLifecycle lifecycle, FanTexts texts) {
    this.lifecycle = lifecycle;
    this.texts = texts;
  }

  void apply(
      DelegateExecution execution,
      Conversation conversation,
      FlowSettings settings,
      long queueId,
      RoutingOutcome outcome) {
    lifecycle.queued(conversation.id(), queueId);
    if (outcome instanceof RoutingOutcome.Assigned assigned) {
      lifecycle.assigned(conversation.id(), assigned.agentId(), assigned.userName());
      execution.setVariable("assigned", true);
      return;
    }
    int position = ((RoutingOutcome.Waiting) outcome).position();
    lifecycle.toldPlace(conversation.id(), position);
    execution.setVariable("assigned", false);
    texts.sendAutomatic(
        conversation, settings.queuePrompt(position), ConversationStep.key(execution));
  }

  /** Agents a transferred conversation must not go back to, kept as a process variable. */
  static Set<Long> excluded(DelegateExecution execution) {
    Object value = execution.getVariable("excludedAgentIds");
    if (value == null || value.toString().isBlank()) {
      return Set.of();
    }
    return Arrays.stream(value.toString().split(","))
        .map(Long::valueOf)
        .collect(Collectors.toSet());
  }

  static void exclude(DelegateExecution execution, Long agentId) {
    if (agentId == null) {
      return;
    }
    Set<Long> excluded = new java.util.HashSet<>(excluded(execution));
    excluded.add(agentId);
    execution.setVariable(
        "excludedAgentIds",
        excluded.stream().map(String::valueOf).collect(Collectors.joining(",")));
  }
}
