package org.wechatdesk.conversation;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.user.UserDisabled;

/**
 * An agent who is disabled leaves their visitors behind: each of their chats goes back to its
 * queue, as a transfer would, so another agent takes it instead of the visitor waiting for someone
 * who cannot log in. Runs in the admin's transaction: the user is disabled with the handover or not
 * at all.
 */
@Component
class ConversationsOfDisabledAgents {

  static final String HANDOVER_NOTE =
      "座席已停用，会话转回队列 / The agent was disabled: the conversation went back to its queue";

  private final ConversationRepository conversations;
  private final ConversationEngine engine;
  private final FanTexts fanTexts;

  ConversationsOfDisabledAgents(
      ConversationRepository conversations, ConversationEngine engine, FanTexts fanTexts) {
    this.conversations = conversations;
    this.engine = engine;
    this.fanTexts = fanTexts;
  }

  @EventListener
  void disabled(UserDisabled disabled) {
    for (Conversation chat : conversations.findOpenForAgent(disabled.userId())) {
      conversations
          .lock(chat.id())
          .filter(c -> c.status() == Conversation.Status.CHATTING)
          .ifPresent(
              locked -> {
                fanTexts.tellAgent(locked, HANDOVER_NOTE);
                engine.correlate(
                    locked,
                    ConversationEngine.MESSAGE_TRANSFER,
                    Map.of("transferQueueId", locked.queueId()));
              });
    }
  }
}
