package org.wechatdesk.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.conversation.ConversationError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;
import org.wechatdesk.user.DeskUserRepository;

/**
 * Conversation history (历史会话): admins search all conversations, agents the ones they serve or
 * served last; the transcript of one with its ratings. An agent naming another agent, or opening
 * another agent's conversation, is refused.
 */
@RestController
@RequestMapping("/api/history/conversations")
class HistoryController {

  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_SEARCH_LENGTH = 64;

  private final HistoryQueries queries;
  private final DeskUserRepository users;

  HistoryController(HistoryQueries queries, DeskUserRepository users) {
    this.queries = queries;
    this.users = users;
  }

  /**
   * A page of conversations sorted by their start, newest first unless {@code order} is {@code
   * asc}; see {@link HistoryFilter} for the filters.
   */
  @GetMapping
  HistoryQueries.HistoryPage search(
      @RequestParam(required = false) String fan,
      @RequestParam(required = false) Long agentId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
          Instant to,
      @RequestParam(required = false) String text,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size,
      @RequestParam(defaultValue = "desc") String order,
      Authentication user) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    String fanPart = searchPart(errors, "fan", fan);
    String textPart = searchPart(errors, "text", text);
    if (page < 0) {
      errors.put("page", ApiError.of(InputError.RANGE, "min", 0, "max", Integer.MAX_VALUE));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.put("size", ApiError.of(InputError.RANGE, "min", 1, "max", MAX_PAGE_SIZE));
    }
    if (!List.of("asc", "desc").contains(order)) {
      errors.put("order", ApiError.of(InputError.ONE_OF, "values", "asc, desc"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      errors.put("to", ApiError.of(HistoryError.RANGE_REVERSED));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Long agent = agentSeen(user, agentId);
    return queries.search(
        new HistoryFilter(fanPart, agent, from, to, textPart), page, size, order.equals("asc"));
  }

  @GetMapping("/{id}")
  Transcript transcript(@PathVariable long id, Authentication user) {
    HistoryQueries.HistoryItem conversation =
        queries
            .find(id)
            .orElseThrow(() -> new NotFoundException(ConversationError.NOT_FOUND, "id", id));
    if (!Role.isAdmin(user) && !myId(user).equals(conversation.agentId())) {
      throw new AccessDeniedException("not this agent's conversation");
    }
    List<HistoryQueries.HistoryLine> lines = queries.lines(id);
    return new Transcript(
        conversation, lines, lines.stream().filter(line -> "RATING".equals(line.kind())).toList());
  }

  /** Admins see whom they name (or everyone); agents themselves only. */
  private Long agentSeen(Authentication user, Long agentId) {
    if (Role.isAdmin(user)) {
      return agentId;
    }
    Long me = myId(user);
    if (agentId != null && !agentId.equals(me)) {
      throw new AccessDeniedException("agents see their own conversations only");
    }
    return me;
  }

  private Long myId(Authentication user) {
    return users.findByUsername(user.getName()).orElseThrow().id();
  }

  private static String searchPart(Map<String, ApiError> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.strip().length() > MAX_SEARCH_LENGTH) {
      errors.put(field, ApiError.of(InputError.LENGTH, "min", 1, "max", MAX_SEARCH_LENGTH));
    }
    return value;
  }

  /**
   * One conversation: its summary, its lines oldest first (at most {@value
   * HistoryQueries#MAX_LINES}), and among them the ratings the fan gave, oldest first (the last
   * counts; the summary holds it).
   */
  record Transcript(
      HistoryQueries.HistoryItem conversation,
      List<HistoryQueries.HistoryLine> lines,
      List<HistoryQueries.HistoryLine> ratings) {}
}
