package org.wechatdesk.workbench;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationError;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.routing.agent.AgentProfile;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUser;
import org.wechatdesk.user.DeskUserRepository;

/**
 * What the agent's workbench loads: own conversations, the queue, events missed while disconnected.
 */
@RestController
class WorkbenchController {

  private static final int EVENT_PAGE = 500;
  static final Duration ENDED_LISTED = Duration.ofDays(1);

  private final ConversationRepository conversations;
  private final WorkbenchQueries queries;
  private final AgentEventLog log;
  private final DeskUserRepository users;
  private final AgentProfileRepository agents;
  private final ServiceQueueRepository queues;
  private final VisitorProfiles visitors;
  private final QueueLength queueLength;
  private final WorkbenchNotifier notifier;
  private final Clock clock;

  WorkbenchController(
      ConversationRepository conversations,
      WorkbenchQueries queries,
      AgentEventLog log,
      DeskUserRepository users,
      AgentProfileRepository agents,
      ServiceQueueRepository queues,
      VisitorProfiles visitors,
      QueueLength queueLength,
      WorkbenchNotifier notifier,
      Clock clock) {
    this.conversations = conversations;
    this.queries = queries;
    this.log = log;
    this.users = users;
    this.agents = agents;
    this.queues = queues;
    this.visitors = visitors;
    this.queueLength = queueLength;
    this.notifier = notifier;
    this.clock = clock;
  }

  @GetMapping("/api/workbench")
  Workbench workbench(Authentication user) {
    DeskUser me = users.findByUsername(user.getName()).orElseThrow();
    long latest = log.latestId(me.username());
    List<ConversationSummary> summaries =
        queries.listed(me.id(), me.username(), clock.instant().minus(ENDED_LISTED)).stream()
            .map(id -> queries.summary(conversations.findById(id).orElseThrow(), me.username()))
            .toList();
    AgentProfile profile = agents.find(me.id()).orElse(null);
    return new Workbench(
        new Me(
            me.username(),
            me.displayName(),
            profile == null ? "OFFLINE" : profile.status().name(),
            profile == null ? AgentProfile.DEFAULT_CONCURRENT : profile.maxConcurrent(),
            profile == null ? 0 : profile.activeCount()),
        summaries,
        queueLength.of(me.id()),
        latest);
  }

  /** The agent is done with an ended conversation; one still being served stays listed. */
  @PostMapping("/api/conversations/{id}/close")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void close(@PathVariable long id, Authentication user) {
    Conversation conversation = visible(id, user);
    if (conversation.status() == Conversation.Status.ENDED) {
      queries.close(id, user.getName(), clock.instant());
      notifier.removed(id, user.getName());
    }
  }

  @GetMapping("/api/workbench/events")
  List<WorkbenchEvent> events(@RequestParam long after, Authentication user) {
    return log.after(user.getName(), after, EVENT_PAGE);
  }

  @GetMapping("/api/conversations/{id}/messages")
  List<MessageView> messages(
      @PathVariable long id,
      @RequestParam(required = false) Long before,
      @RequestParam(defaultValue = "50") int limit,
      Authentication user) {
    Conversation conversation = visible(id, user);
    return queries.page(conversation, before, Math.max(1, Math.min(limit, 200)));
  }

  /** The conversation with its newest lines (the fan's earlier conversations included). */
  @GetMapping("/api/conversations/{id}")
  ConversationView conversation(@PathVariable long id, Authentication user) {
    Conversation conversation = visible(id, user);
    return new ConversationView(
        queries.summary(conversation, user.getName()), queries.page(conversation, null, 50));
  }

  /**
   * The visitor panel: who the fan is, their tags and flags, earlier conversations with ratings.
   */
  @GetMapping("/api/conversations/{id}/visitor")
  VisitorProfile visitor(@PathVariable long id, Authentication user) {
    return visitors.of(visible(id, user));
  }

  @PostMapping("/api/conversations/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void read(@PathVariable long id, @RequestBody ReadMark mark, Authentication user) {
    visible(id, user);
    queries.markRead(id, user.getName(), mark.lastMessageId());
  }

  @GetMapping("/api/queues")
  List<QueueView> queues() {
    return queues.findAll().stream().map(q -> new QueueView(q.id(), q.name())).toList();
  }

  private Conversation visible(long id, Authentication user) {
    Conversation conversation =
        conversations
            .findById(id)
            .orElseThrow(() -> new NotFoundException(ConversationError.NOT_FOUND, "id", id));
    boolean admin = Role.isAdmin(user);
    if (!admin && !user.getName().equals(conversation.agentUsername())) {
      throw new AccessDeniedException("not this agent's conversation");
    }
    return conversation;
  }

  record Workbench(
      Me me, List<ConversationSummary> conversations, int queueLength, long lastEventId) {}

  @Schema(name = "WorkbenchAgent")
  record Me(
      String username,
      String displayName,
      @Schema(implementation = AgentStatus.class) String status,
      int maxConcurrent,
      int activeCount) {}

  record ReadMark(long lastMessageId) {}

  record ConversationView(ConversationSummary conversation, List<MessageView> messages) {}

  @Schema(name = "TransferQueue")
  record QueueView(long id, String name) {}
}
