package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;

/** Task_Mark*Timeout: the visitor did not reply within the close time. */
@Component("visitorTimeoutDelegate")
class VisitorTimeoutDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;

  VisitorTimeoutDelegate(ConversationStep step, ConversationLifecycle lifecycle) {
    this.step = step;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    lifecycle.visitorTimedOut(conversation.id());
    lifecycle.timeoutFired(conversation.id(), ConversationMilestone.Timeout.VISITOR_IDLE_CLOSE);
    execution.setVariable("endReason", Conversation.EndReason.VISITOR_TIMEOUT.name());
  }
}
