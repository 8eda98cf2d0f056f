package org.wechatdesk.conversation;

import org.springframework.context.ApplicationEventPublisher;
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
  private final ApplicationEventPublisher events;

  WindowClosedNotice(
      ConversationRepository conversations,
      ConversationMessageRepository messages,
      ApplicationEventPublisher events) {
    this.conversations = conversations;
    this.messages = messages;
    this.events = events;
  }

  @EventListener
  @Transactional
  void on(FanWindowClosed closed) {
    conversations
        .findOpenForFan(closed.fanId())
        .ifPresent(
            conversation -> {
              long line =
                  messages.addNotice(
                      conversation.id(),
                      ConversationMessage.Direction.SYSTEM,
                      FanTexts.AUTHOR,
                      null,
                      TranscriptNotice.of(TranscriptNotice.Code.WINDOW_CLOSED));
              events.publishEvent(
                  new ConversationMessageAdded(
                      conversation.id(), line, conversation.agentUsername()));
            });
  }
}
