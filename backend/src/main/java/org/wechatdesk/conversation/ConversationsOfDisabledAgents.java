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
                fanTexts.tellAgent(
                    locked, TranscriptNotice.of(TranscriptNotice.Code.AGENT_DISABLED));
                engine.correlate(
                    locked,
                    ConversationEngine.MESSAGE_TRANSFER,
                    Map.of("transferQueueId", locked.queueId()));
              });
    }
  }
}
