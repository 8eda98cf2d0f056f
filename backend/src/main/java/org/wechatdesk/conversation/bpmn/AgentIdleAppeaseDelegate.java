package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;

/**
 * Timer_AgentIdleAppease: the agent has not replied for a while; tell the visitor they are not
 * forgotten.
 */
@Component("agentIdleAppeaseDelegate")
class AgentIdleAppeaseDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;

  AgentIdleAppeaseDelegate(ConversationStep step, FanTexts texts) {
    this.step = step;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    texts.sendAutomatic(
        conversation,
        step.settings(conversation).agentAppeaseText(),
        ConversationStep.key(execution));
  }
}
