package org.wechatdesk.conversation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundMediaSettled;

/**
 * A fan's image, voice or video whose download failed at first is shown in the conversation without
 * it, marked as being fetched; when the media arrives, or is given up, the line is completed and
 * the agent's screen replaces it.
 */
@Component
class LateMedia {

  private static final String FETCHING = " （正在从微信获取 / fetching from WeChat…）";
  private static final String GIVEN_UP = " （无法从微信获取 / WeChat did not hand it over: %s）";

  private final JdbcClient jdbc;
  private final ConversationRepository conversations;
  private final ApplicationEventPublisher events;

  LateMedia(
      JdbcClient jdbc, ConversationRepository conversations, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.conversations = conversations;
    this.events = events;
  }

  /** The line's text for a fan's message: its own, marked while the media is being fetched. */
  static String lineText(FanMessageReceived received, String text) {
    return received.mediaPending() ? text + FETCHING : text;
  }

  @EventListener
  void on(InboundMediaSettled settled) {
    jdbc.sql("select id, conversation_id, text from desk.conversation_message where inbound_id = ?")
        .param(settled.inboundId())
        .query(
            (rs, n) ->
                new Line(rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("text")))
        .optional()
        .ifPresent(line -> complete(line, settled));
  }

  private void complete(Line line, InboundMediaSettled settled) {
    String text = line.text() == null ? "" : line.text().replace(FETCHING, "");
    if (settled.failure() != null) {
      text = text + GIVEN_UP.formatted(settled.failure());
    }
    jdbc.sql("update desk.conversation_message set media_id = ?, text = ? where id = ?")
        .params(settled.mediaId(), text, line.id())
        .update();
    conversations
        .findById(line.conversationId())
        .ifPresent(
            conversation ->
                events.publishEvent(
                    new ConversationMessageChanged(
                        conversation.id(), line.id(), conversation.agentUsername())));
  }

  private record Line(long id, long conversationId, String text) {}
}
