package org.wechatdesk.report;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.ReadModel;

/**
 * Records each conversation milestone as an event, with the account, queue and agent of that
 * moment, and keeps the roll-ups up to date. It listens synchronously, so the record commits or
 * rolls back with the change it describes.
 */
@Component
@ReadModel("desk.conversation")
class ConversationEventRecorder {

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ConversationSummaries summaries;

  ConversationEventRecorder(JdbcClient jdbc, Clock clock, ConversationSummaries summaries) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.summaries = summaries;
  }

  @EventListener
  void on(ConversationMilestone milestone) {
    Instant at = clock.instant();
    RecordedEvent event =
        jdbc.sql(
                """
                select account_id, queue_id, agent_id from desk.conversation where id = ?""")
            .param(milestone.conversationId())
            .query(
                (rs, n) ->
                    new RecordedEvent(
                        milestone.conversationId(),
                        milestone.kind(),
                        milestone.detail(),
                        at,
                        rs.getLong("account_id"),
                        rs.getObject("queue_id", Long.class),
                        rs.getObject("agent_id", Long.class),
                        milestone.rating(),
                        milestone.solved(),
                        milestone.messages()))
            .single();
    record(event);
  }

  void record(RecordedEvent event) {
    jdbc.sql(
            """
            insert into desk.conversation_event (conversation_id, kind, detail, happened_at, account_id, queue_id, agent_id)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(
            event.conversationId(),
            event.kind().name(),
            event.detail(),
            DbTime.of(event.at()),
            event.accountId(),
            event.queueId(),
            event.agentId())
        .update();
    summaries.apply(event);
  }
}
