package org.wechatdesk.conversation.leftmessage;

import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.conversation.ConversationMessageRepository;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/** The workbench's to-do list of messages fans left (留言待办). */
@RestController
@RequestMapping("/api/left-messages")
class LeftMessageController {

  static final int MAX_ANSWER = 600;

  private final LeftMessages leftMessages;
  private final ConversationMessageRepository messages;
  private final FanRepository fans;
  private final FanProfiles profiles;
  private final DeskUserRepository users;

  LeftMessageController(
      LeftMessages leftMessages,
      ConversationMessageRepository messages,
      FanRepository fans,
      FanProfiles profiles,
      DeskUserRepository users) {
    this.leftMessages = leftMessages;
    this.messages = messages;
    this.fans = fans;
    this.profiles = profiles;
    this.users = users;
  }

  @GetMapping
  List<LeftMessageView> list(Authentication user) {
    return leftMessages.visibleTo(agentScope(user)).stream().map(this::view).toList();
  }

  @PostMapping("/{id}/claim")
  LeftMessageView claim(@PathVariable long id, Authentication user) {
    return view(leftMessages.claim(id, agentScope(user), user.getName()));
  }

  @PostMapping("/{id}/done")
  LeftMessageView done(@PathVariable long id, Authentication user) {
    return view(leftMessages.done(id, agentScope(user), user.getName()));
  }

  @PostMapping("/{id}/answer")
  LeftMessageView answer(
      @PathVariable long id, @RequestBody AnswerRequest request, Authentication user) {
    if (request.text() == null
        || request.text().isBlank()
        || request.text().length() > MAX_ANSWER) {
      throw InvalidInputException.of("text", InputError.LENGTH, "min", 1, "max", MAX_ANSWER);
    }
    if (request.idempotencyKey() == null
        || !request.idempotencyKey().matches("[A-Za-z0-9_:.-]{8,100}")) {
      throw InvalidInputException.of("idempotencyKey", InputError.IDEMPOTENCY_KEY);
    }
    return view(
        leftMessages.answer(
            id, agentScope(user), user.getName(), request.text(), request.idempotencyKey()));
  }

  /** Agents act within the accounts they serve; admins (null) on every account's. */
  private Long agentScope(Authentication user) {
    return Role.isAdmin(user) ? null : users.findByUsername(user.getName()).orElseThrow().id();
  }

  private LeftMessageView view(LeftMessage todo) {
    Fan fan = fans.findById(todo.fanId()).orElseThrow();
    String name = profiles.find(fan.id()).map(FanProfiles.Profile::nickname).orElse(null);
    List<LeftMessageLine> lines =
        messages.forConversation(todo.conversationId()).stream()
            .filter(line -> line.direction() == ConversationMessage.Direction.IN)
            .map(line -> new LeftMessageLine(line.createdAt(), line.kind(), line.text()))
            .toList();
    return new LeftMessageView(
        todo.id(),
        todo.conversationId(),
        todo.accountId(),
        fan.id(),
        fan.openid(),
        name,
        todo.status(),
        todo.leftAt(),
        todo.claimedBy(),
        todo.handledBy(),
        todo.handledAt(),
        todo.answerConversationId(),
        leftMessages.leftOnPage(todo) ? FanChannel.H5 : FanChannel.WECHAT,
        fan.webVisitor(),
        lines);
  }

  record AnswerRequest(String text, String idempotencyKey) {}

  /** What the fan wrote, oldest first. */
  record LeftMessageLine(Instant at, String kind, @Nullable String text) {}

  /**
   * {@code leftOn}: where the fan left the message; on the H5 page, an answer WeChat cannot take
   * goes to the page. {@code webVisitor}: an anonymous H5 visitor, whom only the page reaches.
   */
  record LeftMessageView(
      long id,
      long conversationId,
      long accountId,
      long fanId,
      String openid,
      @Nullable String fanName,
      LeftMessage.Status status,
      Instant leftAt,
      @Nullable String claimedBy,
      @Nullable String handledBy,
      @Nullable Instant handledAt,
      @Nullable Long answerConversationId,
      FanChannel leftOn,
      boolean webVisitor,
      List<LeftMessageLine> messages) {}
}
