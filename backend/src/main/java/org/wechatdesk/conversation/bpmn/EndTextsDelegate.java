package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.flow.FlowSettings;

/**
 * Task_SendEndTexts: closes the conversation and sends the end text for its cause (the seed's
 * 会话结束): the visitor left and the conversation closed on the timeout (the 会话关闭与提示 text), the
 * visitor gave up the queue, or the agent (or an admin) ended it. The agent sees the same text.
 */
@Component("endTextsDelegate")
class EndTextsDelegate implements JavaDelegate {

  private final ConversationStep step;
  private final FanTexts texts;
  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;

  EndTextsDelegate(
      ConversationStep step,
      FanTexts texts,
      ConversationRepository conversations,
      ConversationLifecycle lifecycle) {
    this.step = step;
    this.texts = texts;
    this.conversations = conversations;
    this.lifecycle = lifecycle;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    FlowSettings settings = step.settings(conversation);
    Conversation.EndReason reason =
        Conversation.EndReason.valueOf(String.valueOf(execution.getVariable("endReason")));
    lifecycle.ended(conversation, reason);
    String text =
        switch (reason) {
          case VISITOR_TIMEOUT -> settings.visitorCloseText();
          case VISITOR_GAVE_UP -> settings.giveUpText();
          case AGENT_ENDED, ADMIN_ENDED -> settings.endTextAgentEnded();
          case MESSAGE_LEFT ->
              throw new IllegalStateException(
                  "an out-of-hours wait ends in Task_EndOutOfHoursWait, which sends no end text");
        };
    texts.sendAutomatic(
        conversations.findById(conversation.id()).orElseThrow(),
        text,
        ConversationStep.key(execution));
  }
}
