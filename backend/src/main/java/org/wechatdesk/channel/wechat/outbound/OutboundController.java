package org.wechatdesk.channel.wechat.outbound;

import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanAccess;
import org.wechatdesk.fan.FanError;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundError;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.outbox.Outbox;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;

/**
 * Proactive messages to a fan and their delivery state, visible to the person who sent them. A
 * message WeChat would refuse (window closed, quota spent) is refused here at once, with the
 * reason.
 */
@RestController
class OutboundController {

  private final Outbox outbox;
  private final FanRepository fans;
  private final FanQuota quota;
  private final FanAccess access;

  OutboundController(Outbox outbox, FanRepository fans, FanQuota quota, FanAccess access) {
    this.access = access;
    this.outbox = outbox;
    this.fans = fans;
    this.quota = quota;
  }

  @PostMapping("/api/fans/{fanId}/messages")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Transactional
  public OutboundMessage send(
      @PathVariable long fanId, @RequestBody SendRequest request, Authentication user) {
    if (!Role.isAdmin(user)) {
      // Outside a conversation a message is in no transcript and no agent's view: agents reply in
      // their
      // conversations or start one (POST /api/fans/{fanId}/conversations).
      throw new AccessDeniedException("agents write to a fan in a conversation");
    }
    Fan fan =
        fans.findById(fanId)
            .orElseThrow(() -> new NotFoundException(FanError.NOT_FOUND, "id", fanId));
    if (request.kind() == null) {
      throw InvalidInputException.of(
          "kind", InputError.ONE_OF, "values", "TEXT, IMAGE, VOICE, VIDEO, NEWS, TYPING");
    }
    if (request.idempotencyKey() == null
        || !request.idempotencyKey().matches("[A-Za-z0-9_:.-]{8,100}")) {
      throw InvalidInputException.of("idempotencyKey", InputError.IDEMPOTENCY_KEY);
    }
    String idempotencyKey = user.getName() + ":" + request.idempotencyKey();
    Optional<OutboundMessage> retried = outbox.findByIdempotencyKey(idempotencyKey);
    if (retried.isPresent()) {
      return retried.get();
    }
    quota
        .refusal(fan)
        .ifPresent(
            refusal -> {
              throw new ConflictException(refusal);
            });
    OutboundContent content =
        request.content() == null ? OutboundContent.text(null) : request.content();
    return outbox.enqueue(
        fan,
        FanChannel.WECHAT,
        request.kind(),
        content,
        Outbox.PRIORITY_AGENT,
        idempotencyKey,
        user.getName());
  }

  @GetMapping("/api/outbound-messages/{id}")
  OutboundMessage get(@PathVariable long id, Authentication user) {
    return visible(id, user);
  }

  @GetMapping("/api/fans/{fanId}/outbound-messages")
  List<OutboundMessage> forFan(@PathVariable long fanId, Authentication user) {
    access.requireServes(fanId, user);
    return outbox.latestFor(fanId, 100).stream()
        .filter(message -> Role.isAdmin(user) || user.getName().equals(message.requestedBy()))
        .toList();
  }

  @PostMapping("/api/outbound-messages/{id}/resend")
  OutboundMessage resend(@PathVariable long id, Authentication user) {
    visible(id, user);
    if (!outbox.resend(id)) {
      throw InvalidInputException.of("status", OutboundError.NOT_RESENDABLE);
    }
    return outbox.find(id).orElseThrow();
  }

  private OutboundMessage visible(long id, Authentication user) {
    OutboundMessage message =
        outbox.find(id).orElseThrow(() -> new NotFoundException(OutboundError.NOT_FOUND, "id", id));
    if (!Role.isAdmin(user) && !user.getName().equals(message.requestedBy())) {
      throw new AccessDeniedException("not the sender");
    }
    return message;
  }

  record SendRequest(OutboundKind kind, OutboundContent content, String idempotencyKey) {}
}
