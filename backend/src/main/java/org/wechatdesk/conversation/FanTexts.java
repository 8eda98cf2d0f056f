package org.wechatdesk.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wechatdesk.channel.FanChannel;
import org.wechatdesk.channel.wechat.outbound.OutboundContent;
import org.wechatdesk.channel.wechat.outbound.OutboundKind;
import org.wechatdesk.channel.wechat.outbound.OutboundMessage;
import org.wechatdesk.channel.wechat.outbound.Outbox;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;

/**
 * Texts the desk sends to a fan by itself (welcome, prompts, appeasement, end texts, survey), where
 * the conversation is held. In WeChat each spends the customer-service quota, so while an agent
 * serves or is about to serve the fan, one message of the window is kept for the agent: when the
 * quota is that short the automatic text is dropped and the agent is told why in the conversation.
 * The H5 page has no quota.
 */
@Component
public class FanTexts {

  static final int KEPT_FOR_AGENT = 1;
  static final String AUTHOR = "system";
  private static final String QUOTA_KEPT_FOR_AGENT =
      "自动消息未发送：客服消息额度不足，剩余额度留给座席回复"
          + " / Automatic text not sent: the fan's message quota is kept for agent replies. ";
  private static final String WINDOW_CLOSED =
      "自动消息未发送：微信答复粉丝的48小时客服消息窗口已关闭（45015），需等粉丝再次发消息"
          + " / Automatic text not sent: WeChat says the fan's 48-hour window is closed (45015) until the fan writes again. ";

  private final Outbox outbox;
  private final FanRepository fans;
  private final FanQuota quota;
  private final ConversationMessageRepository messages;

  FanTexts(
      Outbox outbox, FanRepository fans, FanQuota quota, ConversationMessageRepository messages) {
    this.outbox = outbox;
    this.fans = fans;
    this.quota = quota;
    this.messages = messages;
  }

  /**
   * Sends {@code text} unless the fan's quota is too short. {@code idempotencyKey} identifies this
   * text of this conversation, so a retried step does not send it twice. Returns whether it was
   * queued.
   */
  public boolean sendAutomatic(Conversation conversation, String text, String idempotencyKey) {
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    Optional<String> withheld =
        conversation.channel() == FanChannel.WECHAT
            ? whyWithheld(conversation, fan)
            : Optional.empty();
    if (withheld.isPresent()) {
      messages.add(
          conversation.id(),
          ConversationMessage.Direction.SYSTEM,
          AUTHOR,
          "TEXT",
          withheld.get() + "「" + text + "」",
          null,
          null,
          null);
      return false;
    }
    OutboundMessage queued =
        outbox.enqueue(
            fan,
            conversation.channel(),
            OutboundKind.TEXT,
            OutboundContent.text(text),
            Outbox.PRIORITY_AUTOMATIC,
            "auto:" + conversation.id() + ":" + idempotencyKey,
            AUTHOR);
    messages.addOutgoing(conversation.id(), AUTHOR, "TEXT", text, null, queued.id());
    return true;
  }

  private Optional<String> whyWithheld(Conversation conversation, Fan fan) {
    // Pending first, then the fan's count: a message the sender settles in between is then counted
    // twice,
    // which keeps the text back, rather than not at all, which would spend the agent's last
    // message.
    int pending = outbox.pendingFor(fan.id());
    Fan counted = fans.findById(fan.id()).orElseThrow();
    if (counted.windowClosedAt() != null) {
      return Optional.of(WINDOW_CLOSED);
    }
    int left = quota.of(counted).remaining() - pending;
    boolean agentExpected =
        conversation.status() == Conversation.Status.CHATTING
            || conversation.status() == Conversation.Status.QUEUED;
    return left <= (agentExpected ? KEPT_FOR_AGENT : 0)
        ? Optional.of(QUOTA_KEPT_FOR_AGENT)
        : Optional.empty();
  }

  /** A line for the agent only (reminders, reasons); never sent to the fan. */
  public void tellAgent(Conversation conversation, String text) {
    messages.add(
        conversation.id(),
        ConversationMessage.Direction.SYSTEM,
        AUTHOR,
        "TEXT",
        text,
        null,
        null,
        null);
  }
}
