package org.wechatdesk.channel.wechat.outbound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.channel.FanChannel;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.system.InvalidInputException;

/**
 * Where every feature puts a message for a fan. The row joins the caller's transaction, so a
 * message exists exactly when the change that caused it was committed; {@link OutboxSender} sends
 * it afterwards.
 */
@Service
public class Outbox {

  /** Agent replies go before automatic texts when quota is short or WeChat is slow. */
  public static final int PRIORITY_AGENT = 100;

  public static final int PRIORITY_AUTOMATIC = 0;

  private final OutboxRepository messages;
  private final ApplicationEventPublisher events;

  Outbox(OutboxRepository messages, ApplicationEventPublisher events) {
    this.messages = messages;
    this.events = events;
  }

  /**
   * Queues a message; a second call with the same idempotency key returns the first message instead
   * of queueing another, so a client that retries its request cannot make WeChat deliver twice.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage enqueue(
      Fan fan,
      OutboundKind kind,
      OutboundContent content,
      int priority,
      String idempotencyKey,
      String requestedBy) {
    return enqueue(fan, FanChannel.WECHAT, kind, content, priority, idempotencyKey, requestedBy);
  }

  /**
   * Queues a message for the fan on {@code channel}: through WeChat, or onto the desk's H5 chat
   * page, which shows text and images only.
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
    if (channel == FanChannel.H5 && kind != OutboundKind.TEXT && kind != OutboundKind.IMAGE) {
      throw InvalidInputException.of("kind", OutboundError.H5_TEXT_AND_IMAGES_ONLY);
    }
    return queue(fan, channel, kind, content, priority, idempotencyKey, requestedBy);
  }

  /**
   * Queues a template message. Kept apart from {@link #enqueue}, which agents' requests reach:
   * which templates go out is the admin's configuration, not an agent's choice.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public OutboundMessage enqueueTemplate(
      Fan fan, OutboundContent content, String idempotencyKey, String requestedBy) {
    return queue(
        fan,
        FanChannel.WECHAT,
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
    if (channel == FanChannel.WECHAT && fan.webVisitor()) {
      throw InvalidInputException.of("channel", OutboundError.NOT_A_WECHAT_VISITOR);
    }
    OutboundContent visible = content.visible();
    visible.validateFor(kind);
    return messages
        .findByIdempotencyKey(idempotencyKey)
        .orElseGet(
            () -> {
              long id =
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
              events.publishEvent(new OutboxChanged(id));
              return messages.findById(id).orElseThrow();
            });
  }

  /** Messages queued for the fan and not yet sent: they will spend quota too. */
  public int pendingFor(long fanId) {
    return messages.countPending(fanId);
  }

  record OutboxChanged(long id) {}
}
