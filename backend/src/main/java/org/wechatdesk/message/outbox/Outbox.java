package org.wechatdesk.message.outbox;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.message.ChannelAdapter;
import org.wechatdesk.message.Channels;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundError;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.system.InvalidInputException;

/**
 * Where every feature puts a message for a fan, on the channel it names. The row joins the caller's
 * transaction, so a message exists exactly when the change that caused it was committed; {@link
 * OutboxSender} has the channel's adapter deliver it afterwards.
 */
@Service
public class Outbox {

  /** Agent replies go before automatic texts when quota is short or the channel is slow. */
  public static final int PRIORITY_AGENT = 100;

  public static final int PRIORITY_AUTOMATIC = 0;

  private final OutboxRepository messages;
  private final Channels channels;
  private final ApplicationEventPublisher events;

  Outbox(OutboxRepository messages, Channels channels, ApplicationEventPublisher events) {
    this.messages = messages;
    this.channels = channels;
    this.events = events;
  }

  /**
   * Queues a message for the fan on {@code channel}; a second call with the same idempotency key
   * returns the first message instead of queueing another, so a client that retries its request
   * cannot make the channel deliver twice. A message the channel cannot carry to this fan is
   * refused.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage enqueue(
      Fan fan,
      FanChannel channel,
      OutboundKind kind,
      OutboundContent content,
      int priority,
      String idempotencyKey,
      String requestedBy) {
    if (kind == OutboundKind.TEMPLATE) {
      throw InvalidInputException.of("kind", OutboundError.TEMPLATE_FOR_RATING_ONLY);
    }
    return queue(fan, channel, kind, content, priority, idempotencyKey, requestedBy);
  }

  /**
   * Queues a template message. Kept apart from {@link #enqueue}, which agents' requests reach:
   * which templates go out is the admin's configuration, not an agent's choice.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage enqueueTemplate(
      Fan fan,
      FanChannel channel,
      OutboundContent content,
      String idempotencyKey,
      String requestedBy) {
    return queue(
        fan,
        channel,
        OutboundKind.TEMPLATE,
        content,
        PRIORITY_AUTOMATIC,
        idempotencyKey,
        requestedBy);
  }

  private OutboundMessage queue(
      Fan fan,
      FanChannel channel,
      OutboundKind kind,
      OutboundContent content,
      int priority,
      String idempotencyKey,
      String requestedBy) {
    channels
        .of(channel)
        .refusal(fan, kind)
        .ifPresent(
            refusal -> {
              throw InvalidInputException.of(refusal.field(), refusal.code());
            });
    OutboundContent visible = content.visible();
    visible.validateFor(kind);
    return messages
        .findByIdempotencyKey(idempotencyKey)
        .orElseGet(
            () -> {
              OutboundMessage queued =
                  messages.insert(
                      fan.accountId(),
                      fan.id(),
                      fan.openid(),
                      channel,
                      kind,
                      visible,
                      priority,
                      idempotencyKey,
                      requestedBy);
              events.publishEvent(new OutboxChanged(queued.id()));
              return queued;
            });
  }

  /**
   * What the desk may still send the fan by itself on {@code channel}, counting what is queued for
   * the fan there and not sent yet, which will spend quota too. Pending first, then the channel's
   * count: a message the sender settles in between is then counted twice, which holds a text back,
   * rather than not at all, which would spend the agent's last message.
   */
  public ChannelAdapter.Reach reach(Fan fan, FanChannel channel) {
    int pending = messages.countPending(fan, channel);
    return channels.of(channel).reach(fan, pending);
  }

  public Optional<OutboundMessage> find(long id) {
    return messages.findById(id);
  }

  public Optional<OutboundMessage> findByIdempotencyKey(String idempotencyKey) {
    return messages.findByIdempotencyKey(idempotencyKey);
  }

  /** The fan's latest messages, newest first. */
  public List<OutboundMessage> latestFor(long fanId, int limit) {
    return messages.findByFan(fanId, limit);
  }

  /**
   * Queues a FAILED or UNCERTAIN message again, on the sender's explicit word; false for any other.
   */
  public boolean resend(long id) {
    if (!messages.requeue(id)) {
      return false;
    }
    events.publishEvent(new OutboxChanged(id));
    return true;
  }

  record OutboxChanged(long id) {}
}
