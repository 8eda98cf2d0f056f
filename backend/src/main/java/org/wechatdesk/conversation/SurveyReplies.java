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
 * open; a later rating replaces the earlier one.
 */
@Component
class SurveyReplies {

  private static final Pattern REPLY = Pattern.compile("\\s*(\\d{1,2})\\s*[,，]?\\s*(是|否|yes|no|y|n)?\\s*", Pattern.CASE_INSENSITIVE);

  private final ConversationRepository conversations;
  private final ConversationMessageRepository messages;
  private final FlowSettingsRepository settings;
  private final FanTexts texts;
  private final Clock clock;

  SurveyReplies(ConversationRepository conversations, ConversationMessageRepository messages,
                FlowSettingsRepository settings, FanTexts texts, Clock clock) {
    this.conversations = conversations;
    this.messages = messages;
    this.settings = settings;
    this.texts = texts;
    this.clock = clock;
  }

  /** Returns true when the text was a rating for the fan's last conversation (recorded or asked again). */
  boolean tryRate(long fanId, String text, long inboundId) {
    Optional<Conversation> latest = conversations.findLatestForFan(fanId)
        .filter(c -> !c.open() && c.surveyOpenAt(clock.instant()))
        .flatMap(c -> conversations.lock(c.id()));
    Matcher reply = REPLY.matcher(text == null ? "" : text);
    if (latest.isEmpty() || !reply.matches()) {
      return false;
    }
    Conversation conversation = latest.get();
    FlowSettings flow = settings.forAccount(conversation.accountId());
    int rating = Integer.parseInt(reply.group(1));
    if (rating < 1 || rating > flow.surveyLabels().size()) {
      return false;
    }
    Boolean solved = reply.group(2) == null ? null : reply.group(2).matches("(?i)是|yes|y");
    messages.add(conversation.id(), ConversationMessage.Direction.IN, "fan", "RATING", text, null, inboundId, null);
    if (solved == null && flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.REQUIRED) {
      texts.sendAutomatic(conversation, "请在评分后回复问题是否解决（是 或 否），如：" + rating + " 是",
          "survey-solved:" + inboundId);
      return true;
    }
    conversations.rate(conversation.id(), rating, flow.surveySolvedQuestion() == FlowSettings.SolvedQuestion.OFF ? null : solved);
    texts.sendAutomatic(conversation, "感谢您的评价！", "survey-thanks:" + inboundId);
    return true;
  }
}
