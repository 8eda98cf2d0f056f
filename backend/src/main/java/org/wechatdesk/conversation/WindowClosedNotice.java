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

  public static final String TEXT =
      "微信答复 45015：粉丝的48小时客服消息窗口已关闭，粉丝再次发消息前无法发送"
          + " / WeChat answered 45015: the fan's 48-hour window is closed; nothing can be sent until the fan writes again";

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
              messages.add(
                  conversation.id(),
                  ConversationMessage.Direction.SYSTEM,
                  FanTexts.AUTHOR,
                  "TEXT",
                  TEXT,
                  null,
                  null,
                  null);
            });
  }
}
