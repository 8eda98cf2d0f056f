package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.hours.WorkingHours;
import org.wechatdesk.conversation.hours.WorkingHoursRepository;
import org.wechatdesk.conversation.leftmessage.LeftMessages;

/**
 * Task_OfferLeaveMessage: out of hours (or with no agent online), the fan reads the account's text
 * for it, and what they wrote, and write until the wait ends, becomes a to-do for the account's
 * agents (留言). Reports count the conversation as refused, out of hours or for want of an agent.
 */
@Component("leaveMessageDelegate")
class LeaveMessageDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;
  private final ConversationLifecycle lifecycle;
  private final WorkingHoursRepository hours;
  private final LeftMessages leftMessages;

  LeaveMessageDelegate(
      ConversationStep step,
      FanTexts texts,
      ConversationLifecycle lifecycle,
      WorkingHoursRepository hours,
      LeftMessages leftMessages) {
    this.step = step;
    this.texts = texts;
    this.lifecycle = lifecycle;
    this.hours = hours;
    this.leftMessages = leftMessages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    WorkingHours settings = hours.forAccount(conversation.accountId());
    boolean noAgentOnline = Boolean.TRUE.equals(execution.getVariable("noAgentOnline"));
    texts.sendAutomatic(
        conversation,
        noAgentOnline ? settings.noAgentText() : settings.outOfHoursText(),
        ConversationStep.key(execution));
    lifecycle.leavingMessage(
        conversation.id(),
        noAgentOnline
            ? ConversationMilestone.Refusal.NO_AGENT
            : ConversationMilestone.Refusal.OUT_OF_HOURS);
    leftMessages.left(conversation);
  }
}
