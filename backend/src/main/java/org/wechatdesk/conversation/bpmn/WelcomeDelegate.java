package org.wechatdesk.conversation.bpmn;

import org.wechatdesk.conversation.ConversationRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/** Task_Welcome: the welcome and introduction texts, merged into one message to spend one quota. */
@Component("welcomeDelegate")
class WelcomeDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;
  private final ConversationRepository conversations;

  WelcomeDelegate(ConversationStep step, FanTexts texts, ConversationRepository conversations) {
    this.step = step;
    this.texts = texts;
    this.conversations = conversations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    String intro = settings.introText() == null || settings.introText().isBlank() ? "" : "\n" + settings.introText();
    texts.sendAutomatic(conversation, settings.welcomeText() + intro, ConversationStep.key(execution));
    if (settings.robotEnabled()) {
      conversations.setStatus(conversation.id(), Conversation.Status.ROBOT);
    }
  }
}
