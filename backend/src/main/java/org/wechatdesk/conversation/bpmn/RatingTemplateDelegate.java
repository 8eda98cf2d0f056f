package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.rating.RatingInvitations;

/**
 * Task_SendRatingTemplate: after the end, the template message that links to the rating page, when
 * the account's flow settings switch it on.
 */
@Component("ratingTemplateDelegate")
class RatingTemplateDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final RatingInvitations invitations;

  RatingTemplateDelegate(ConversationStep step, RatingInvitations invitations) {
    this.step = step;
    this.invitations = invitations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    invitations.invite(conversation, step.settings(conversation), ConversationStep.key(execution));
  }
}
