package org.wechatdesk.conversation;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;

/**
 * Takes a fan's reply to a satisfaction invitation: a number on the configured scale, optionally
 * followed by 是/否 for "problem solved?" (required when so configured). Only while the invitation is
 * open, during the chat (after the agent's 邀请评价) or after the end; a later rating replaces the
 * earlier one. The agent sees the reply as a rating line, not as a message waiting for an answer.
 */
@Component
class SurveyReplies {

  private static final Pattern REPLY =
      Pattern.compile("\\s*(\\d{1,2})\\s*[,，]?\\s*(是|否|yes|no|y|n)?\\s*", Pattern.CASE_INSENSITIVE);

  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationMessageRepository messages;
  private final FlowSettingsRepository settings;
  private final FanTexts texts;
  private final Clock clock;

  SurveyReplies(
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationMessageRepository messages,
      FlowSettingsRepository settings,
      FanTexts texts,
      Clock clock) {
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
  }

  /**
   * Returns true when the text was a rating for the fan's last, ended conversation (recorded or
   * asked again).
   */
  boolean tryRateAfterTheEnd(long fanId, String text, long inboundId) {
    Optional<Conversation> ended =
        conversations
            .findLatestForFan(fanId)
            .filter(c -> !c.open() && c.surveyOpenAt(clock.instant()))
            .flatMap(c -> conversations.lock(c.id()));
    return ended.isPresent() && tryRate(ended.get(), text, inboundId);
  }

  /**
   * Returns true when the text was a rating for the chat the caller holds locked, which the agent
   * invited to rate (邀请评价): it neither passes the turn to the agent nor reaches the flow.
   */
  boolean tryRateDuringTheChat(Conversation chat, String text, long inboundId) {
    return chat.status() == Conversation.Status.CHATTING
        && chat.surveyOpenAt(clock.instant())
        && tryRate(chat, text, inboundId);
  }

  private boolean tryRate(Conversation conversation, String text, long inboundId) {
    Matcher reply = REPLY.matcher(text == null ? "" : text);
    if (!reply.matches()) {
      return false;
    }
    FlowSettings flow = settings.forAccount(conversation.accountId());
    int rating = Integer.parseInt(reply.group(1));
    if (rating < 1 || rating > flow.surveyLabels().size()) {
      return false;
    }
    Boolean solved = reply.group(2) == null ? null : reply.group(2).matches("(?i)是|yes|y");
    messages.add(
        conversation.id(),
        ConversationMessage.Direction.IN,
        "fan",
        "RATING",
        text,
        null,
        inboundId,
        null);
    if (solved == null && flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.REQUIRED) {
      texts.sendAutomatic(
          conversation, "请在评分后回复问题是否解决（是 或 否），如：" + rating + " 是", "survey-solved:" + inboundId);
      return true;
    }
    lifecycle.rated(
        conversation.id(),
        rating,
        flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.OFF ? null : solved);
    texts.sendAutomatic(conversation, "感谢您的评价！", "survey-thanks:" + inboundId);
    return true;
  }
}
