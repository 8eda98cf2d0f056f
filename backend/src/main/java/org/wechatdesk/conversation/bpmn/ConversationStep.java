package org.wechatdesk.conversation.bpmn;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;

/**
 * What every delegate starts from: the conversation of the execution (locked) and its account's
 * settings.
 */
@Component
class ConversationStep {

  private final ConversationRepository conversations;
  private final FlowSettingsRepository settings;

  ConversationStep(ConversationRepository conversations, FlowSettingsRepository settings) {
    this.conversations = conversations;
    this.settings = settings;
  }

  Conversation conversation(DelegateExecution execution) {
    long id = Long.parseLong(execution.getProcessBusinessKey());
    return conversations
        .lock(id)
        .orElseThrow(() -> new IllegalStateException("no conversation " + id));
  }

  FlowSettings settings(Conversation conversation) {
    return settings.forAccount(conversation.accountId());
  }

  /** Unique per step and per run of it, stable when the engine retries the same step. */
  static String key(DelegateExecution execution) {
    return execution.getCurrentActivityId() + ":" + execution.getActivityInstanceId();
  }
}
