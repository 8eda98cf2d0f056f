package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/** Message_QueueVisitorMessage: the visitor writes while waiting in the queue. */
@Component("queueAppeaseDelegate")
class QueueAppeaseDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;
  private final FanTexts texts;

  QueueAppeaseDelegate(ConversationStep step, ConversationLifecycle lifecycle, FanTexts texts) {
    this.step = step;
    this.lifecycle = lifecycle;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    lifecycle.timeoutFired(conversation.id(), ConversationMilestone.Timeout.QUEUE_APPEASE);
    FlowSettings settings = step.settings(conversation);
    if (settings.queueAppeaseEnabled()) {
      texts.sendAutomatic(
          conversation, settings.queueAppeaseText(), ConversationStep.key(execution));
    }
  }
}
