package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;

/**
 * Task_EndOutOfHoursWait: the hours opened (or an agent answered): the conversation ends; the
 * message the fan left stays a to-do until an agent handles it, and the fan's next message starts a
 * new conversation with the agents.
 */
@Component("outOfHoursEndDelegate")
class OutOfHoursEndDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;

  OutOfHoursEndDelegate(ConversationStep step, ConversationLifecycle lifecycle) {
    this.step = step;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    if (conversation.open()) {
      lifecycle.ended(conversation, Conversation.EndReason.MESSAGE_LEFT);
    }
  }
}
