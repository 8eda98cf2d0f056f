package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.Routing;

/**
 * Task_Transfer (the agent chose a queue, or a named agent of a queue) and Task_AutoTransfer (the
 * agent did not reply in time): the visitor goes to the target queue, to the named agent if there
 * is one, and the current agent is not chosen again.
 */
@Component("transferDelegate")
class TransferDelegate implements JavaDelegate {

  private static final String AUTO_TRANSFER = "Task_AutoTransfer";

  private final ConversationStep step;
  private final Routing routing;
  private final Assignments assignments;
  private final ConversationLifecycle lifecycle;

  TransferDelegate(
      ConversationStep step,
      Routing routing,
      Assignments assignments,
      ConversationLifecycle lifecycle) {
    this.step = step;
    this.routing = routing;
    this.assignments = assignments;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    long target = targetQueue(execution, conversation, settings);
    if (AUTO_TRANSFER.equals(execution.getCurrentActivityId())) {
      lifecycle.timeoutFired(
          conversation.id(), ConversationMilestone.Timeout.AGENT_IDLE_AUTO_TRANSFER);
    }
    Assignments.exclude(execution, conversation.agentId());
    lifecycle.transferred(conversation);
    Long namedAgent = namedAgent(execution);
    var outcome =
        namedAgent == null
            ? routing.transfer(conversation.id(), target, Assignments.excluded(execution))
            : routing.transferToAgent(
                conversation.id(), target, namedAgent, Assignments.excluded(execution));
    assignments.apply(execution, conversation, settings, target, outcome);
  }

  /** Only the agent's own transfer names an agent; auto-transfer goes by the rules. */
  private static Long namedAgent(DelegateExecution execution) {
    if (!"Task_Transfer".equals(execution.getCurrentActivityId())) {
      return null;
    }
    Object agent = execution.getVariable("transferAgentId");
    return agent == null ? null : ((Number) agent).longValue();
  }

  private static long targetQueue(
      DelegateExecution execution, Conversation conversation, FlowSettings settings) {
    if (AUTO_TRANSFER.equals(execution.getCurrentActivityId())) {
      return settings.autoTransferQueueId() != null
          ? settings.autoTransferQueueId()
          : conversation.queueId();
    }
    return ((Number) execution.getVariable("transferQueueId")).longValue();
  }
}
