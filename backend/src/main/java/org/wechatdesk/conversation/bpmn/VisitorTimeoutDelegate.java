package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationRepository;

/** Task_Mark*Timeout: the visitor did not reply within the close time. */
@Component("visitorTimeoutDelegate")
class VisitorTimeoutDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationRepository conversations;

  VisitorTimeoutDelegate(ConversationStep step, ConversationRepository conversations) {
    this.step = step;
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    conversations.setEndReason(conversation.id(), Conversation.EndReason.VISITOR_TIMEOUT);
    execution.setVariable("endReason", Conversation.EndReason.VISITOR_TIMEOUT.name());
  }
}
