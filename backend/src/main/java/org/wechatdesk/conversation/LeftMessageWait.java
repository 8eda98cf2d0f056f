package org.wechatdesk.conversation;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.FanRepository;

/**
 * Ends a fan's out-of-hours wait before the opening time, when an agent answers the message the fan
 * left: the flow takes it as the end of the wait, as it would the timer.
 */
@Component
public class LeftMessageWait {

  private final FanRepository fans;
  private final ConversationRepository conversations;
  private final ConversationEngine engine;

  LeftMessageWait(
      FanRepository fans, ConversationRepository conversations, ConversationEngine engine) {
    this.fans = fans;
    this.conversations = conversations;
    this.engine = engine;
  }

  /**
   * Does nothing when the wait is over already (the hours opened, or an admin ended it). Locks the
   * fan before the conversation, in the order a message from the fan takes them: the other order
   * deadlocks with a message the fan sends while the agent answers.
   */
  public void endIfWaiting(long conversationId) {
    conversations
        .findById(conversationId)
        .flatMap(conversation -> fans.lock(conversation.fanId()))
        .flatMap(fan -> conversations.lock(conversationId))
        .filter(conversation -> conversation.status() == Conversation.Status.LEAVING_MESSAGE)
        .ifPresent(
            conversation ->
                engine.correlate(
                    conversation,
                    ConversationEngine.MESSAGE_ENDED,
                    Map.of("endReason", Conversation.EndReason.MESSAGE_LEFT.name())));
  }
}
