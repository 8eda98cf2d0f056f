package org.wechatdesk.conversation;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.routing.Routing;
import org.wechatdesk.routing.VisitorAssigned;

/**
 * A waiting visitor got an agent because capacity appeared (a chat ended, an agent came online or
 * raised their limit): the conversation's process leaves the queue. If the conversation stopped
 * waiting meanwhile (the visitor gave up at that moment), the agent's slot is given back.
 */
@Component
class WaitingVisitorAssignment {

  private static final Logger log = LoggerFactory.getLogger(WaitingVisitorAssignment.class);

  private final ConversationRepository conversations;
  private final ConversationLifecycle lifecycle;
  private final ConversationEngine engine;
  private final Routing routing;
  private final TransactionTemplate transaction;

  WaitingVisitorAssignment(
      ConversationRepository conversations,
      ConversationLifecycle lifecycle,
      ConversationEngine engine,
      Routing routing,
      PlatformTransactionManager transactions) {
    this.conversations = conversations;
    this.lifecycle = lifecycle;
    this.engine = engine;
    this.routing = routing;
    this.transaction = new TransactionTemplate(transactions);
    // Called after another transaction's commit, whose resources are still bound: without a new
    // transaction the writes would join the committed one, and what they announce after their
    // commit (the agent's workbench events) would never be pushed.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void on(VisitorAssigned assigned) {
    if (assigned.immediate()) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          Conversation conversation = conversations.lock(assigned.conversationId()).orElseThrow();
          if (conversation.status() != Conversation.Status.QUEUED) {
            log.info(
                "Conversation {} stopped waiting before agent {} took it; releasing the slot",
                conversation.id(),
                assigned.agentUsername());
            routing.release(conversation.id(), assigned.agentId());
            return;
          }
          lifecycle.assigned(conversation.id(), assigned.agentId(), assigned.agentUsername());
          engine.correlate(
              conversation, ConversationEngine.MESSAGE_AGENT_ASSIGNED, Map.of("assigned", true));
        });
  }
}
