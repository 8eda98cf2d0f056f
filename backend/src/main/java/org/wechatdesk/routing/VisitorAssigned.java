package org.wechatdesk.routing;

/**
 * A visitor got an agent. Published inside the assigning transaction: listen with
 * {@code @TransactionalEventListener(AFTER_COMMIT)}. {@code immediate} is true when the assignment
 * happened inside {@code enqueue} or {@code transfer}, whose caller already has the same facts as
 * the returned {@link RoutingOutcome.Assigned}; such listeners may ignore immediate events.
 */
public record VisitorAssigned(
    long conversationId, long agentId, String agentUsername, String ruleName, boolean immediate) {}
