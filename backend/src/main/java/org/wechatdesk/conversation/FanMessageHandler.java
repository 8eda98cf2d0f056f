package org.wechatdesk.conversation;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.conversation.flow.FlowSettingsRepository;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.routing.navigation.NavigationRepository;

/**
 * Puts a fan's message into the fan's conversation, starting one when none is open, and tells the
 * conversation's process only when the message matters to it: a visitor writing again while the
 * agent has not answered yet does not touch the engine (the turn has not changed). Runs inside the
 * inbound processing transaction: if anything fails, the message is processed again.
 */
@Component
class FanMessageHandler {

  private static final Logger log = LoggerFactory.getLogger(FanMessageHandler.class);

  /**
   * What a fan does that starts or continues a conversation; follows, views and location reports do
   * not.
   */
  private static final Set<InboundKind> CONVERSATIONAL =
      Set.of(
          InboundKind.TEXT,
          InboundKind.IMAGE,
          InboundKind.VOICE,
          InboundKind.VIDEO,
          InboundKind.SHORTVIDEO,
          InboundKind.LOCATION,
          InboundKind.LINK,
          InboundKind.CLICK,
          InboundKind.UNSUPPORTED);

  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationMessageRepository messages;
  private final ConversationEngine engine;
  private final FlowSettingsRepository settings;
  private final SurveyReplies surveyReplies;
  private final NavigationRepository navigations;
  private final FanTexts fanTexts;
  private final VisitorGiveUp giveUp;

  FanMessageHandler(
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationMessageRepository messages,
      ConversationEngine engine,
      FlowSettingsRepository settings,
      SurveyReplies surveyReplies,
      NavigationRepository navigations,
      FanTexts fanTexts,
      VisitorGiveUp giveUp) {
    this.fanTexts = fanTexts;
    this.giveUp = giveUp;
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.messages = messages;
    this.engine = engine;
    this.settings = settings;
    this.surveyReplies = surveyReplies;
    this.navigations = navigations;
  }

  @EventListener
  void on(FanMessageReceived received) {
    if (!CONVERSATIONAL.contains(received.kind())) {
      return;
    }
    String text = VisitorText.of(received);
    Optional<Conversation> open =
        conversations
            .findOpenForFan(received.fanId())
            .flatMap(found -> conversations.lock(found.id()))
            .filter(Conversation::open);
    if (open.isEmpty()) {
      if (received.kind() == InboundKind.TEXT
          && surveyReplies.tryRateAfterTheEnd(received.fanId(), text, received.inboundId())) {
        return;
      }
      start(received, text);
      return;
    }
    Conversation conversation = open.get();
    if (conversation.channel() != received.channel()) {
      lifecycle.fanMoved(conversation.id(), received.channel());
      fanTexts.tellAgent(
          conversation,
          TranscriptNotice.of(
              TranscriptNotice.Code.VISITOR_MOVED, "channel", received.channel().name()));
    }
    if (received.kind() == InboundKind.TEXT
        && surveyReplies.tryRateDuringTheChat(conversation, text, received.inboundId())) {
      return;
    }
    record(conversation, received, text);
    continueWith(conversation, text);
  }

  private void start(FanMessageReceived received, String text) {
    if (navigations.accountRouting(received.accountId()).isEmpty()) {
      log.info(
          "Account {} has no routing configured yet: fan message {} is kept but starts no conversation",
          received.accountId(),
          received.inboundId());
      return;
    }
    long id = lifecycle.opened(received.accountId(), received.fanId(), received.channel());
    Conversation conversation = conversations.lock(id).orElseThrow();
    record(conversation, received, text);
    FlowSettings flow = settings.forAccount(received.accountId());
    String firstAnswer = received.kind() == InboundKind.CLICK ? text : null;
    lifecycle.flowStarted(id, engine.start(conversation, flow, firstAnswer));
  }

  private void continueWith(Conversation conversation, String text) {
    switch (conversation.status()) {
      case ROBOT, NAVIGATING ->
          engine.correlate(
              conversation, ConversationEngine.MESSAGE_VISITOR, Map.of("visitorAnswer", text));
      case QUEUED -> {
        if (giveUp.isKeyword(conversation, text)) {
          giveUp.leaveQueue(conversation);
        } else {
          engine.correlate(
              conversation, ConversationEngine.MESSAGE_VISITOR, Map.of("visitorAnswer", text));
        }
      }
      case CHATTING -> {
        if (conversation.lastSpeaker() == Conversation.Speaker.AGENT) {
          lifecycle.spoke(conversation.id(), Conversation.Speaker.VISITOR);
          engine.correlate(
              conversation,
              ConversationEngine.MESSAGE_VISITOR,
              Map.of("lastSpeaker", Conversation.Speaker.VISITOR.name(), "visitorAnswer", text));
        }
      }
      case LEAVING_MESSAGE -> {
        // Kept in the transcript, which the agents read with the to-do; the flow only waits for the
        // opening time.
      }
      case ACCESS, ENDED -> {
        // Welcome in progress, or closed meanwhile: the message is stored and shown, the flow goes
        // on.
      }
    }
  }

  private void record(Conversation conversation, FanMessageReceived received, String text) {
    messages.add(
        conversation.id(),
        ConversationMessage.Direction.IN,
        received.message().openid(),
        received.kind().name(),
        text,
        received.mediaId(),
        received.inboundId(),
        null,
        received.mediaPending() ? TranscriptNotice.of(TranscriptNotice.Code.MEDIA_FETCHING) : null);
  }
}
