package org.wechatdesk.conversation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.DeliveryProblem;
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
    Optional<DeliveryProblem> withheld = whyWithheld(conversation, fan);
    if (withheld.isPresent()) {
      messages.addNotice(
          conversation.id(),
          ConversationMessage.Direction.SYSTEM,
          AUTHOR,
          text,
          TranscriptNotice.of(
              TranscriptNotice.Code.AUTOMATIC_TEXT_WITHHELD, "reason", withheld.get().code()));
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

  private Optional<DeliveryProblem> whyWithheld(Conversation conversation, Fan fan) {
    ChannelAdapter.Reach reach = outbox.reach(fan, conversation.channel());
    if (reach.closedBecause() != null) {
      return Optional.of(reach.closedBecause());
    }
    boolean agentExpected =
        conversation.status() == Conversation.Status.CHATTING
            || conversation.status() == Conversation.Status.QUEUED;
    return reach.messagesLeft() <= (agentExpected ? KEPT_FOR_AGENT : 0)
        ? Optional.of(DeliveryProblem.QUOTA_KEPT_FOR_AGENT)
        : Optional.empty();
  }

  /** A line for the agent only, in the desk's words; never sent to the fan. */
  public void tellAgent(Conversation conversation, TranscriptNotice notice) {
    messages.addNotice(
        conversation.id(), ConversationMessage.Direction.SYSTEM, AUTHOR, null, notice);
  }

  /** A line for the agent only in words the account chose (a reminder); never sent to the fan. */
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
