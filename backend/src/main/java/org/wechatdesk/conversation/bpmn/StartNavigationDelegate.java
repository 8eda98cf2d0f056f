package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.routing.navigation.NavigationStep;

/**
 * Task_StartNavigation: the account's routing either names the queue or shows the navigation menu.
 * A conversation started by a custom-menu click answers the menu with the click's key at once.
 */
@Component("startNavigationDelegate")
class StartNavigationDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final Routing routing;
  private final NavigationSteps navigation;
  private final ConversationLifecycle lifecycle;

  StartNavigationDelegate(
      ConversationStep step,
      Routing routing,
      NavigationSteps navigation,
      ConversationLifecycle lifecycle) {
    this.step = step;
    this.routing = routing;
    this.navigation = navigation;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    lifecycle.navigating(conversation.id());
    NavigationStep first = routing.startNavigation(conversation.accountId());
    Object clickKey = execution.getVariable("visitorAnswer");
    if (first instanceof NavigationStep.Prompt prompt && clickKey != null) {
      first = routing.navigate(conversation.accountId(), prompt.state(), clickKey.toString());
    }
    navigation.apply(execution, conversation, first);
  }
}
