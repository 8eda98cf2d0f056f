package org.wechatdesk.conversation.rating;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.ConversationError;
import org.wechatdesk.conversation.ConversationLifecycle;
import org.wechatdesk.conversation.ConversationMessage;
import org.wechatdesk.conversation.ConversationMessageRepository;
import org.wechatdesk.conversation.ConversationRepository;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ApiException;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.TooManyRequestsException;

/**
 * The fan's side of a rating link: what the page shows, and the rating it records. As with a rating
 * replied in the chat, only while the invitation is open, and a later rating replaces the earlier
 * one.
 */
@Service
class RatingPage {

  /**
   * A fan may change their mind, but a link is no way to fill a transcript: ratings beyond this are
   * refused.
   */
  static final int MAX_RATINGS = 5;

  private final RatingLinks links;
  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationMessageRepository messages;
  private final FlowSettingsRepository settings;
  private final AccountRepository accounts;
  private final Clock clock;

  RatingPage(
      RatingLinks links,
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationMessageRepository messages,
      FlowSettingsRepository settings,
      AccountRepository accounts,
      Clock clock) {
    this.links = links;
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.settings = settings;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Schema(name = "RatingPageView")
  record View(
      String accountName,
      List<String> labels,
      FlowSettings.SolvedQuestion solvedQuestion,
      boolean open,
      @Nullable Integer rating,
      @Nullable Boolean solved) {}

  /** Thrown when the invitation has expired: the link was real, so this is not "not found". */
  static class InvitationClosedException extends ApiException {
    InvitationClosedException() {
      super(ApiError.of(ConversationError.RATING_EXPIRED));
    }
  }

  @Transactional(readOnly = true)
  View view(String token) {
    return view(conversation(token));
  }

  @Transactional
  View rate(String token, Integer rating, Boolean solved) {
    long id = conversationId(token);
    Conversation conversation = conversations.lock(id).orElseThrow();
    if (!conversation.surveyOpenAt(clock.instant())) {
      throw new InvitationClosedException();
    }
    FlowSettings flow = settings.forAccount(conversation.accountId());
    int scale = flow.surveyLabels().size();
    if (rating == null || rating < 1 || rating > scale) {
      throw InvalidInputException.of("rating", InputError.RANGE, "min", 1, "max", scale);
    }
    if (solved == null && flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.REQUIRED) {
      throw InvalidInputException.of("solved", InputError.REQUIRED);
    }
    Boolean recordedSolved =
        flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.OFF ? null : solved;
    if (rating.equals(conversation.rating())
        && Objects.equals(recordedSolved, conversation.solved())) {
      return view(conversation);
    }
    if (ratingLines(id) >= MAX_RATINGS) {
      throw new TooManyRequestsException(ConversationError.RATING_TOO_MANY, "max", MAX_RATINGS);
    }
    lifecycle.rated(id, rating, recordedSolved);
    messages.add(
        id,
        ConversationMessage.Direction.IN,
        "fan",
        "RATING",
        flow.surveyLabels().get(rating - 1),
        null,
        null,
        null,
        ratedOnPage(rating, recordedSolved));
    return view(conversations.findById(id).orElseThrow());
  }

  private long ratingLines(long conversationId) {
    return messages.forConversation(conversationId).stream()
        .filter(line -> "RATING".equals(line.kind()))
        .count();
  }

  private static TranscriptNotice ratedOnPage(int rating, Boolean solved) {
    String answer = solved == null ? "" : solved ? "yes" : "no";
    return new TranscriptNotice(
        TranscriptNotice.Code.RATED_ON_PAGE,
        Map.of("rating", String.valueOf(rating), "solved", answer));
  }

  private View view(Conversation conversation) {
    FlowSettings flow = settings.forAccount(conversation.accountId());
    String accountName = accounts.findById(conversation.accountId()).orElseThrow().name();
    return new View(
        accountName,
        flow.surveyLabels(),
        flow.surveySolvedQuestion(),
        conversation.surveyOpenAt(clock.instant()),
        conversation.rating(),
        conversation.solved());
  }

  private Conversation conversation(String token) {
    return conversations.findById(conversationId(token)).orElseThrow();
  }

  private long conversationId(String token) {
    return links
        .conversationOf(token)
        .orElseThrow(() -> new NotFoundException(ConversationError.RATING_LINK_UNKNOWN));
  }
}
