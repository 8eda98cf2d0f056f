package org.wechatdesk.conversation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/** Agents (and admins who serve as agents) start a conversation with a fan from the fan list. */
@RestController
class ProactiveConversationController {

  private final ProactiveConversations proactive;

  ProactiveConversationController(ProactiveConversations proactive) {
    this.proactive = proactive;
  }

  @PostMapping("/api/fans/{fanId}/conversations")
  @ResponseStatus(HttpStatus.CREATED)
  StartedConversation start(
      @PathVariable long fanId, @RequestBody StartRequest request, Authentication user) {
    if (request.idempotencyKey() == null
        || !request.idempotencyKey().matches("[A-Za-z0-9_:.-]{8,100}")) {
      throw InvalidInputException.of("idempotencyKey", InputError.IDEMPOTENCY_KEY);
    }
    Conversation conversation =
        proactive.start(fanId, user.getName(), request.text(), request.idempotencyKey());
    return new StartedConversation(conversation.id(), conversation.agentUsername());
  }

  record StartRequest(String text, String idempotencyKey) {}

  record StartedConversation(long conversationId, String agentUsername) {}
}
