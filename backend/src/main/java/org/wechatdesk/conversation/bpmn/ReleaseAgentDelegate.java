package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.Routing;

/** Task_ReleaseAgent: the chat is over; the agent's slot goes to the next waiting visitor. */
@Component("releaseAgentDelegate")
class ReleaseAgentDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final Routing routing;

  ReleaseAgentDelegate(ConversationStep step, Routing routing) {
    this.step = step;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    if (conversation.agentId() != null) {
      routing.release(conversation.id(), conversation.agentId());
    }
  }
}
