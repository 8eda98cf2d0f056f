package org.wechatdesk.conversation;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ends a fan's out-of-hours wait before the opening time, when an agent answers the message the fan
 * left: the flow takes it as the end of the wait, as it would the timer.
 */
@Component
public class LeftMessageWait {

  private final ConversationRepository conversations;
  private final ConversationEngine engine;

  LeftMessageWait(ConversationRepository conversations, ConversationEngine engine) {
    this.conversations = conversations;
    this.engine = engine;
  }

  /** Does nothing when the wait is over already (the hours opened, or an admin ended it). */
  public void endIfWaiting(long conversationId) {
    conversations
        .lock(conversationId)
        .filter(conversation -> conversation.status() == Conversation.Status.LEAVING_MESSAGE)
        .ifPresent(
            conversation ->
                engine.correlate(
                    conversation,
                    ConversationEngine.MESSAGE_ENDED,
                    Map.of("endReason", Conversation.EndReason.MESSAGE_LEFT.name())));
  }
}
