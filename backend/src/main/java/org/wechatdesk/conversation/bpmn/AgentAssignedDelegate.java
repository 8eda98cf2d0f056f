package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.user.DeskUser;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Task_AnnounceAgent: the chat begins; the visitor learns who serves them, by the agent's display
 * name (the login name is the desk's own), (the agent's workbench heard of the assignment from
 * {@code ConversationLifecycle}). From now on there is a service to rate.
 */
@Component("agentAssignedDelegate")
class AgentAssignedDelegate implements JavaDelegate {

  static final String ANNOUNCEMENT = "客服 %s 为您服务。";

  private final ConversationStep step;
  private final FanTexts texts;
  private final DeskUserRepository users;

  AgentAssignedDelegate(ConversationStep step, FanTexts texts, DeskUserRepository users) {
    this.step = step;
    this.texts = texts;
    this.users = users;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    String agent =
        users
            .findByUsername(conversation.agentUsername())
            .map(DeskUser::displayName)
            .orElse(conversation.agentUsername());
    texts.sendAutomatic(
        conversation, ANNOUNCEMENT.formatted(agent), ConversationStep.key(execution));
    execution.setVariable("agentServed", true);
  }
}
