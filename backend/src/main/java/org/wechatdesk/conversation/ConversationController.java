package org.wechatdesk.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.Role;

@RestController
@RequestMapping("/api/conversations")
class ConversationController {

  private final AgentActions actions;

  ConversationController(AgentActions actions) {
    this.actions = actions;
  }

  @PostMapping("/{id}/messages")
  @ResponseStatus(HttpStatus.ACCEPTED)
  OutboundMessage reply(
      @PathVariable long id, @RequestBody ReplyRequest request, Authentication user) {
    if (request.idempotencyKey() == null
        || !request.idempotencyKey().matches("[A-Za-z0-9_:.-]{8,100}")) {
      throw InvalidInputException.of("idempotencyKey", InputError.IDEMPOTENCY_KEY);
    }
    OutboundKind kind = request.kind() == null ? OutboundKind.TEXT : request.kind();
    OutboundContent content =
        request.content() == null ? OutboundContent.text(null) : request.content();
    return actions.reply(id, actor(user), kind, content, request.idempotencyKey());
  }

  @PostMapping("/{id}/notes")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void note(@PathVariable long id, @RequestBody NoteRequest request, Authentication user) {
    actions.note(id, actor(user), request.text());
  }

  @PostMapping("/{id}/end")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void end(@PathVariable long id, Authentication user) {
    actions.end(id, actor(user));
  }

  @PostMapping("/{id}/transfer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void transfer(@PathVariable long id, @RequestBody TransferRequest request, Authentication user) {
    if (request.agentId() != null) {
      actions.transferToAgent(
          id, actor(user), request.queueId(), request.agentId(), request.note());
      return;
    }
    if (request.queueId() == null) {
      throw InvalidInputException.of("queueId", InputError.REQUIRED);
    }
    actions.transfer(id, actor(user), request.queueId(), request.note());
  }

  @PostMapping("/{id}/survey-invitation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void inviteSurvey(@PathVariable long id, Authentication user) {
    actions.inviteSurvey(id, actor(user));
  }

  private static AgentActions.Actor actor(Authentication user) {
    boolean admin = Role.isAdmin(user);
    return new AgentActions.Actor(user.getName(), admin);
  }

  record ReplyRequest(OutboundKind kind, OutboundContent content, String idempotencyKey) {}

  record NoteRequest(String text) {}

  /**
   * To a queue ({@code queueId}), or to a named agent ({@code agentId}) of {@code queueId} or, when
   * it is left out, of the conversation's own queue.
   */
  record TransferRequest(@Nullable Long queueId, @Nullable Long agentId, @Nullable String note) {}
}
