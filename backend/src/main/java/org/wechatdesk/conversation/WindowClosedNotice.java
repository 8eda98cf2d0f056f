package org.wechatdesk.conversation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.fan.FanWindowClosed;

/**
 * Tells the agent serving a fan that WeChat closed the fan's window (45015): replies and automatic
 * texts are held until the fan writes again, and the agent should know why before sending more.
 */
@Component
public class WindowClosedNotice {

  private final ConversationRepository conversations;
  private final ConversationMessageRepository messages;

  WindowClosedNotice(ConversationRepository conversations, ConversationMessageRepository messages) {
    this.conversations = conversations;
    this.messages = messages;
  }

  @EventListener
  @Transactional
  void on(FanWindowClosed closed) {
    conversations
        .findOpenForFan(closed.fanId())
        .ifPresent(
            conversation -> {
              messages.addNotice(
                  conversation.id(),
                  ConversationMessage.Direction.SYSTEM,
                  FanTexts.AUTHOR,
                  null,
                  TranscriptNotice.of(TranscriptNotice.Code.WINDOW_CLOSED));
            });
  }
}
