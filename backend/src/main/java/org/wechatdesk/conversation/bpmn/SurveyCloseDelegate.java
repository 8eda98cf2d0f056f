package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.ConversationLifecycle;

/** Task_CloseSurvey: the invitation has expired; later replies are no longer taken as ratings. */
@Component("surveyCloseDelegate")
class SurveyCloseDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;

  SurveyCloseDelegate(ConversationStep step, ConversationLifecycle lifecycle) {
    this.step = step;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    lifecycle.surveyClosed(step.conversation(execution).id());
  }
}
