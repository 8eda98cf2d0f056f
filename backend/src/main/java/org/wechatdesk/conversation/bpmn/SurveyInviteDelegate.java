package org.wechatdesk.conversation.bpmn;

import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/**
 * Task_InviteSurvey, Task_InviteSurveyDuringChat: invites the visitor to rate by replying with a
 * number. The agent may invite again: each invitation renews the expiry, and the visitor's last
 * rating counts. At the end an invitation already made during the chat is not repeated.
 */
@Component("surveyInviteDelegate")
class SurveyInviteDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;
  private final ConversationLifecycle lifecycle;
  private final Clock clock;

  SurveyInviteDelegate(
      ConversationStep step, FanTexts texts, ConversationLifecycle lifecycle, Clock clock) {
    this.step = step;
    this.texts = texts;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    boolean atEnd = "Task_InviteSurvey".equals(execution.getCurrentActivityId());
    if (atEnd && conversation.surveyInvitedAt() != null) {
      lifecycle.surveyInvited(conversation.id(), clock.instant().plus(expiry(execution)));
      return;
    }
    FlowSettings settings = step.settings(conversation);
    lifecycle.surveyInvited(conversation.id(), clock.instant().plus(expiry(execution)));
    execution.setVariable("surveyInvited", true);
    texts.sendAutomatic(conversation, invitation(settings), ConversationStep.key(execution));
  }

  private static Duration expiry(DelegateExecution execution) {
    return Duration.parse(String.valueOf(execution.getVariable("surveyExpiresAfter")));
  }

  static String invitation(FlowSettings settings) {
    String scale =
        IntStream.range(0, settings.surveyLabels().size())
            .mapToObj(i -> (i + 1) + " " + settings.surveyLabels().get(i))
            .collect(Collectors.joining("\n"));
    String solved =
        switch (settings.surveySolvedQuestion()) {
          case OFF -> "";
          case OPTIONAL -> "\n问题是否解决？可在数字后回复 是 或 否，如：1 是";
          case REQUIRED -> "\n请在数字后回复问题是否解决（是 或 否），如：1 是";
        };
    return settings.surveyInviteText() + "\n" + scale + solved;
  }
}
