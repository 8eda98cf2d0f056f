package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.AgentReminderDue;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/**
 * Timer_AgentIdleRemind: the visitor has waited for the agent for the configured seconds. The
 * workbench shows the configured prompt with a countdown; the line in the conversation keeps a
 * record of it.
 */
@Component("agentIdleRemindDelegate")
class AgentIdleRemindDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final ConversationLifecycle lifecycle;
  private final FanTexts texts;
  private final ApplicationEventPublisher events;

  AgentIdleRemindDelegate(
      ConversationStep step,
      ConversationLifecycle lifecycle,
      FanTexts texts,
      ApplicationEventPublisher events) {
    this.step = step;
    this.lifecycle = lifecycle;
    this.texts = texts;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    lifecycle.timeoutFired(conversation.id(), ConversationMilestone.Timeout.AGENT_IDLE_REMIND);
    FlowSettings settings = step.settings(conversation);
    texts.tellAgent(conversation, settings.agentRemindText());
    events.publishEvent(
        new AgentReminderDue(
            conversation.id(), conversation.agentUsername(), settings.agentRemindText()));
  }
}
