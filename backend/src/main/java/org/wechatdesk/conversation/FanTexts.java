package org.wechatdesk.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.outbox.Outbox;

/**
 * Texts the desk sends to a fan by itself (welcome, prompts, appeasement, end texts, survey), on
 * the channel the conversation is held on. Where the channel limits what may be sent (WeChat's
 * customer-service quota), one message is kept for the agent while an agent serves or is about to
 * serve the fan: when the channel's reach is that short the automatic text is dropped and the agent
 * is told why in the conversation.
 */
@Component
public class FanTexts {

  static final int KEPT_FOR_AGENT = 1;

  /** The author of the lines the desk writes by itself; such a line answers no fan. */
  public static final String AUTHOR = "system";

  private static final String QUOTA_KEPT_FOR_AGENT =
      "自动消息未发送：客服消息额度不足，剩余额度留给座席回复"
          + " / Automatic text not sent: the fan's message quota is kept for agent replies. ";

  private final Outbox outbox;
  private final FanRepository fans;
  private final ConversationMessageRepository messages;

  FanTexts(Outbox outbox, FanRepository fans, ConversationMessageRepository messages) {
    this.outbox = outbox;
    this.fans = fans;
    this.messages = messages;
  }

  /**
   * Sends {@code text} unless the fan's quota is too short. {@code idempotencyKey} identifies this
   * text of this conversation, so a retried step does not send it twice. Returns whether it was
   * queued.
   */
  public boolean sendAutomatic(Conversation conversation, String text, String idempotencyKey) {
    Fan fan = fans.findById(conversation.fanId()).orElseThrow();
    Optional<String> withheld = whyWithheld(conversation, fan);
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
    ChannelAdapter.Reach reach = outbox.reach(fan, conversation.channel());
    if (reach.closedBecause() != null) {
      return Optional.of(reach.closedBecause());
    }
    boolean agentExpected =
        conversation.status() == Conversation.Status.CHATTING
            || conversation.status() == Conversation.Status.QUEUED;
    return reach.messagesLeft() <= (agentExpected ? KEPT_FOR_AGENT : 0)
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
