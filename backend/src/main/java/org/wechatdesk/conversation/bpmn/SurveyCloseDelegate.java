package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.ConversationRepository;

/** Task_CloseSurvey: the invitation has expired; later replies are no longer taken as ratings. */
@Component("surveyCloseDelegate")
class SurveyCloseDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationRepository conversations;

  SurveyCloseDelegate(ConversationStep step, ConversationRepository conversations) {
    this.step = step;
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    conversations.closeSurvey(step.conversation(execution).id());
  }
}
