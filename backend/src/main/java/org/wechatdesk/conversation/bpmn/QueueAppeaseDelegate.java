package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/** Message_QueueVisitorMessage: the visitor writes while waiting in the queue. */
@Component("queueAppeaseDelegate")
class QueueAppeaseDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;

  QueueAppeaseDelegate(ConversationStep step, FanTexts texts) {
    this.step = step;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    if (settings.queueAppeaseEnabled()) {
      texts.sendAutomatic(
          conversation, settings.queueAppeaseText(), ConversationStep.key(execution));
    }
  }
}
