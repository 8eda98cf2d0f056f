package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.conversation.FanTexts;

/**
 * Timer_VisitorIdlePrompt, Timer_RobotVisitorIdlePrompt: the visitor has not replied for a while.
 */
@Component("visitorIdlePromptDelegate")
class VisitorIdlePromptDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;
  private final FanTexts texts;

  VisitorIdlePromptDelegate(
      ConversationStep step, ConversationLifecycle lifecycle, FanTexts texts) {
    this.step = step;
    this.lifecycle = lifecycle;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    lifecycle.timeoutFired(conversation.id(), ConversationMilestone.Timeout.VISITOR_IDLE_PROMPT);
    texts.sendAutomatic(
        conversation,
        step.settings(conversation).visitorPromptText(),
        ConversationStep.key(execution));
  }
}
