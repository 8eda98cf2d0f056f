package org.wechatdesk.conversation.bpmn;

import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/**
 * Task_RobotAnswer: answers from the admin's keyword answers, and decides the hand-over to a human
 * (variable {@code handover}): the hand-over keyword (转人工), or too many questions it could not
 * answer.
 */
@Component("robotAnswerDelegate")
class RobotAnswerDelegate implements JavaDelegate {

  static final String HANDOVER_TEXT = "正在为您转接人工客服，请稍候。";
  static final String NO_ANSWER_TEXT = "抱歉，我还不会回答这个问题。回复「%s」可联系人工客服。";

  private final ConversationStep step;
  private final FanTexts texts;

  RobotAnswerDelegate(ConversationStep step, FanTexts texts) {
    this.step = step;
    this.texts = texts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    String question = String.valueOf(execution.getVariable("visitorAnswer"));
    int unanswered =
        execution.hasVariable("robotUnanswered")
            ? (Integer) execution.getVariable("robotUnanswered")
            : 0;
    boolean handover = question.contains(settings.robotHandoverKeyword());
    if (!handover) {
      Optional<String> answer = answerFor(settings, question);
      if (answer.isPresent()) {
        texts.sendAutomatic(conversation, answer.get(), ConversationStep.key(execution));
      } else {
        unanswered++;
        handover = unanswered >= settings.robotMaxUnanswered();
        if (!handover) {
          texts.sendAutomatic(
              conversation,
              NO_ANSWER_TEXT.formatted(settings.robotHandoverKeyword()),
              ConversationStep.key(execution));
        }
      }
    }
    if (handover) {
      texts.sendAutomatic(conversation, HANDOVER_TEXT, ConversationStep.key(execution));
    }
    execution.setVariable("robotUnanswered", unanswered);
    execution.setVariable("handover", handover);
  }

  private static Optional<String> answerFor(FlowSettings settings, String question) {
    String normalized = question.toLowerCase(Locale.ROOT);
    return settings.robotAnswers().stream()
        .filter(
            answer ->
                answer.keywords().stream()
                    .anyMatch(k -> normalized.contains(k.toLowerCase(Locale.ROOT))))
        .map(FlowSettings.RobotAnswer::answer)
        .findFirst();
  }
}
