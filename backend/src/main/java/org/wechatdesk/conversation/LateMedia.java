package org.wechatdesk.conversation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.InboundMediaSettled;

/**
 * A fan's image, voice or video whose download failed at first is shown in the conversation without
 * it, marked as being fetched; when the media arrives, or is given up, the line is completed and
 * the agent's screen replaces it.
 */
@Component
class LateMedia {

  private final JdbcClient jdbc;
  private final ConversationRepository conversations;
  private final ConversationMessageRepository messages;
  private final ApplicationEventPublisher events;

  LateMedia(
      JdbcClient jdbc,
      ConversationRepository conversations,
      ConversationMessageRepository messages,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.conversations = conversations;
    this.messages = messages;
    this.events = events;
  }

  @EventListener
  void on(InboundMediaSettled settled) {
    jdbc.sql("select id, conversation_id from desk.conversation_message where inbound_id = ?")
        .param(settled.inboundId())
        .query((rs, n) -> new Line(rs.getLong("id"), rs.getLong("conversation_id")))
        .optional()
        .ifPresent(line -> complete(line, settled));
  }

  private void complete(Line line, InboundMediaSettled settled) {
    jdbc.sql("update desk.conversation_message set media_id = ? where id = ?")
        .params(settled.mediaId(), line.id())
        .update();
    messages.setNotice(
        line.id(),
        settled.failure() == null
            ? null
            : TranscriptNotice.of(
                TranscriptNotice.Code.MEDIA_GIVEN_UP, "reason", settled.failure()));
    conversations
        .findById(line.conversationId())
        .ifPresent(
            conversation ->
                events.publishEvent(
                    new ConversationMessageChanged(
                        conversation.id(), line.id(), conversation.agentUsername())));
  }

  private record Line(long id, long conversationId) {}
}
