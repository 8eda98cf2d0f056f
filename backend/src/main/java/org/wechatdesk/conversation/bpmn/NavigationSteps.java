package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.routing.navigation.NavigationState;
import org.wechatdesk.routing.navigation.NavigationStep;

/**
 * Carries a navigation step into the flow: a chosen queue ({@code queueChosen}, {@code queueId}),
 * or a menu text sent to the visitor with the menu position kept in variables for the next answer.
 */
@Component
class NavigationSteps {

  private final FanTexts texts;
  private final ConversationLifecycle lifecycle;

  NavigationSteps(FanTexts texts, ConversationLifecycle lifecycle) {
    this.texts = texts;
    this.lifecycle = lifecycle;
  }

  void apply(DelegateExecution execution, Conversation conversation, NavigationStep step) {
    if (step instanceof NavigationStep.RouteToQueue route) {
      execution.setVariable("queueChosen", true);
      execution.setVariable("queueId", route.queueId());
      return;
    }
    NavigationStep.Prompt prompt = (NavigationStep.Prompt) step;
    execution.setVariable("queueChosen", false);
    execution.setVariable("navigationId", prompt.state().navigationId());
    execution.setVariable("menuEntryId", prompt.state().menuEntryId());
    execution.setVariable("invalidAnswers", prompt.state().invalidAnswers());
    lifecycle.menuShown(conversation.id(), prompt.state());
    texts.sendAutomatic(conversation, prompt.text(), ConversationStep.key(execution));
  }

  static NavigationState state(DelegateExecution execution) {
    Object entry = execution.getVariable("menuEntryId");
    return new NavigationState(
        ((Number) execution.getVariable("navigationId")).longValue(),
        entry == null ? null : ((Number) entry).longValue(),
        ((Number) execution.getVariable("invalidAnswers")).intValue());
  }
}
