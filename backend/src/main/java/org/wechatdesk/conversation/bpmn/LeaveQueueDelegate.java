package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.Routing;

/**
 * Task_LeaveQueue: the visitor gave up waiting, or an admin ended the conversation while it waited.
 */
@Component("leaveQueueDelegate")
class LeaveQueueDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final Routing routing;

  LeaveQueueDelegate(ConversationStep step, Routing routing) {
    this.step = step;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    routing.leave(step.conversation(execution).id());
  }
}
