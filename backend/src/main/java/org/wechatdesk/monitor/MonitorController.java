package org.wechatdesk.monitor;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationError;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.workbench.MessageView;
import org.wechatdesk.workbench.WorkbenchQueries;

/**
 * The supervisor's monitor (SUPERVISOR or ADMIN, see SecurityConfig): every live conversation, any
 * transcript, and steering it. Live changes come over STOMP ({@link MonitorNotifier}).
 */
@RestController
@RequestMapping("/api/monitor/conversations")
class MonitorController {

  /** The newest lines of a transcript; a supervisor steps in on what is happening now. */
  static final int TRANSCRIPT_LINES = 200;

  private final LiveConversations live;
  private final ConversationRepository conversations;
  private final WorkbenchQueries transcripts;
  private final Steering steering;

  MonitorController(
      LiveConversations live,
      ConversationRepository conversations,
      WorkbenchQueries transcripts,
      Steering steering) {
    this.live = live;
    this.conversations = conversations;
    this.transcripts = transcripts;
    this.steering = steering;
  }

  @GetMapping
  List<LiveConversation> conversations() {
    return live.all();
  }

  /** The conversation's lines, with the fan's earlier conversations', oldest first. */
  @GetMapping("/{id}/messages")
  List<MessageView> transcript(@PathVariable long id) {
    Conversation conversation =
        conversations
            .findById(id)
            .orElseThrow(() -> new NotFoundException(ConversationError.NOT_FOUND, "id", id));
    return transcripts.page(conversation, null, TRANSCRIPT_LINES);
  }

  @PostMapping("/{id}/notes")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void note(@PathVariable long id, @RequestBody NoteRequest request, Authentication user) {
    steering.note(id, user.getName(), request.text());
  }

  @PostMapping("/{id}/take-over")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void takeOver(@PathVariable long id, Authentication user) {
    steering.takeOver(id, user.getName());
  }

  @PostMapping("/{id}/transfer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void transfer(@PathVariable long id, @RequestBody TransferRequest request, Authentication user) {
    steering.transfer(id, user.getName(), request.queueId(), request.agentId(), request.note());
  }

  record NoteRequest(String text) {}

  /**
   * To a queue ({@code queueId}), or to a named agent ({@code agentId}) of {@code queueId} or, when
   * it is left out, of the conversation's own queue.
   */
  record TransferRequest(@Nullable Long queueId, @Nullable Long agentId, @Nullable String note) {}
}
