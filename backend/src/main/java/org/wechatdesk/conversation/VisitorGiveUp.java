package org.wechatdesk.conversation;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.NotFoundException;

/**
 * A queued visitor gives up waiting (放弃排队): by writing the flow's give-up keyword, or by a page's
 * button. Both take the flow's one give-up path: the give-up text, no survey.
 */
@Component
public class VisitorGiveUp {

  private final ConversationRepository conversations;
  private final ConversationEngine engine;
  private final FlowSettingsRepository settings;

  VisitorGiveUp(
      ConversationRepository conversations,
      ConversationEngine engine,
      FlowSettingsRepository settings) {
    this.conversations = conversations;
    this.engine = engine;
    this.settings = settings;
  }

  /**
   * The fan's own queued conversation only: another fan's is not found, as if it did not exist. One
   * no longer queued (served or ended meanwhile), or an account whose flow has giving up switched
   * off, is refused with its reason.
   */
  @Transactional
  public void byButton(long fanId, long conversationId) {
    Conversation conversation =
        conversations
            .lock(conversationId)
            .filter(found -> found.fanId() == fanId)
            .orElseThrow(
                () -> new NotFoundException(ConversationError.NOT_FOUND, "id", conversationId));
    if (!settings.forAccount(conversation.accountId()).giveUpEnabled()) {
      throw new ConflictException(ConversationError.GIVE_UP_OFF);
    }
    if (conversation.status() != Conversation.Status.QUEUED || !leaveQueue(conversation)) {
      throw new ConflictException(
          ConversationError.NOT_QUEUED, "status", conversation.status().name());
    }
  }

  /** Whether the text is the give-up keyword of the conversation's flow, while giving up is on. */
  boolean isKeyword(Conversation conversation, String text) {
    FlowSettings flow = settings.forAccount(conversation.accountId());
    return flow.giveUpEnabled() && text.trim().equals(flow.giveUpKeyword());
  }

  /** False when the flow no longer waits in the queue (an agent was assigned meanwhile). */
  boolean leaveQueue(Conversation conversation) {
    return engine.correlate(
        conversation,
        ConversationEngine.MESSAGE_GAVE_UP,
        Map.of("endReason", Conversation.EndReason.VISITOR_GAVE_UP.name()));
  }
}
