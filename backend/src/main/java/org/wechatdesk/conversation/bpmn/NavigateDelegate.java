package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.routing.Routing;

/** Task_NavigateAnswer: reads the visitor's menu answer (number, entry text or menu key). */
@Component("navigateDelegate")
class NavigateDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final Routing routing;
  private final NavigationSteps navigation;

  NavigateDelegate(ConversationStep step, Routing routing, NavigationSteps navigation) {
    this.step = step;
    this.routing = routing;
    this.navigation = navigation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    String answer = String.valueOf(execution.getVariable("visitorAnswer"));
    navigation.apply(
        execution,
        conversation,
        routing.navigate(conversation.accountId(), NavigationSteps.state(execution), answer));
  }
}
