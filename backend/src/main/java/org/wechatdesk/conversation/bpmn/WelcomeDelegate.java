package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.Routing;

/**
 * Task_Welcome: the welcome and introduction texts, merged into one message to spend one quota.
 * Also decides {@code robotCovers}: with the robot otherwise off, it answers first when the
 * settings ask it to cover for agents and no agent is online.
 */
@Component("welcomeDelegate")
class WelcomeDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;
  private final ConversationLifecycle lifecycle;
  private final Routing routing;

  WelcomeDelegate(
      ConversationStep step, FanTexts texts, ConversationLifecycle lifecycle, Routing routing) {
    this.step = step;
    this.texts = texts;
    this.lifecycle = lifecycle;
    this.routing = routing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    String intro =
        settings.introText() == null || settings.introText().isBlank()
            ? ""
            : "\n" + settings.introText();
    texts.sendAutomatic(
        conversation, settings.welcomeText() + intro, ConversationStep.key(execution));
    boolean robotCovers =
        !settings.robotEnabled() && settings.robotCoversNoAgent() && !routing.anyAgentOnline();
    execution.setVariable("robotCovers", robotCovers);
    if (settings.robotEnabled() || robotCovers) {
      lifecycle.answeredByRobot(conversation.id());
    }
  }
}
