package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.EnqueueRequest;
import org.wechatdesk.routing.Routing;

/**
 * Task_Enqueue: the visitor enters the chosen queue; the routing rules assign an agent or queue
 * them.
 */
@Component("enqueueDelegate")
class EnqueueDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final Routing routing;
  private final Assignments assignments;

  EnqueueDelegate(ConversationStep step, Routing routing, Assignments assignments) {
    this.step = step;
    this.routing = routing;
    this.assignments = assignments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    long queueId = ((Number) execution.getVariable("queueId")).longValue();
    var outcome =
        routing.enqueue(
            new EnqueueRequest(
                conversation.id(),
                conversation.accountId(),
                conversation.fanId(),
                queueId,
                Assignments.excluded(execution)));
    assignments.apply(execution, conversation, step.settings(conversation), queueId, outcome);
  }
}
