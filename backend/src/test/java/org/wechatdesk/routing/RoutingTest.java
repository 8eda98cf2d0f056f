package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.routing.RoutingOutcome.Assigned;
import org.wechatdesk.routing.RoutingOutcome.Waiting;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.routing.navigation.NavigationRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.NotFoundException;

class RoutingTest extends RoutingIntegrationTest {

  @Autowired NavigationRepository navigations;

  @Test
  void enqueueAssignsAtOnceWhenAnAgentIsFree() {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    long agent = agent(AgentStatus.ONLINE, 2, queue);
    long conversation = next();

    RoutingOutcome outcome = enqueueAndAnswer(conversation, fan(), queue);

    assertThat(outcome)
        .isEqualTo(new Assigned(agent, username(agent), "Least loaded available agent"));
    assertThat(activeCount(agent)).isEqualTo(1);
    assertThat(entryStatus(conversation)).isEqualTo("ASSIGNED");
    assertThat(assignedEvents(conversation))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.immediate()).isTrue();
              assertThat(event.agentUsername()).isEqualTo(username(agent));
              assertThat(event.ruleName()).isEqualTo("Least loaded available agent");
            });
  }

  @Test
  void enqueueingTheSameConversationAgainAnswersWhereItStands() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 1, queue);
    long conversation = next();
    long fan = fan();

    RoutingOutcome first = enqueueAndAnswer(conversation, fan, queue);
    RoutingOutcome again = enqueueAndAnswer(conversation, fan, queue);

    assertThat(again).isEqualTo(first);
    assertThat(activeCount(agent)).isEqualTo(1);
  }

  @Test
  void releaseAssignsTheNextWaitingVisitorVipFirst() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 1, queue);
    long served = enqueue(fan(), queue);
    long ordinary = next();
    long vip = next();

    assertThat(enqueueAndAnswer(ordinary, fan(), queue)).isEqualTo(new Waiting(1));
    assertThat(enqueueAndAnswer(vip, vipFan(), queue)).isEqualTo(new Waiting(1));
    assertThat(routing.position(ordinary)).hasValue(2);
    assertThat(routing.positionsIn(queue)).containsOnly(entry(vip, 1), entry(ordinary, 2));

    routing.release(served, agent);

    assertThat(entryStatus(vip)).isEqualTo("ASSIGNED");
    assertThat(assignedEvents(vip))
        .singleElement()
        .satisfies(event -> assertThat(event.immediate()).isFalse());
    assertThat(routing.position(ordinary)).hasValue(1);
    assertThat(routing.position(vip)).isEmpty();
    assertThat(activeCount(agent)).isEqualTo(1);
  }

  @Test
  void releasingTwiceFreesOneSlot() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 2, queue);
    long first = enqueue(fan(), queue);
    enqueue(fan(), queue);

    routing.release(first, agent);
    routing.release(first, agent);

    assertThat(activeCount(agent)).isEqualTo(1);
    assertThat(entryStatus(first)).isEqualTo("ENDED");
  }

  @Test
  void leavingTheQueueMovesTheOthersUp() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    agent(AgentStatus.BUSY, 1, queue);
    long first = enqueue(fan(), queue);
    long second = enqueue(fan(), queue);

    routing.leave(first);

    assertThat(entryStatus(first)).isEqualTo("LEFT");
    assertThat(routing.position(second)).hasValue(1);
    assertThat(positionsChanged(queue)).isTrue();
  }

  @Test
  void transferExcludesThePreviousAgent() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long first = agent(AgentStatus.ONLINE, 3, queue);
    long fan = fan();
    customers.save(new CustomerProfile(fan, first, false, false));
    long conversation = enqueue(fan, queue);
    assertThat(assignedAgent(conversation)).isEqualTo(first);
    long second = agent(AgentStatus.ONLINE, 3, queue);

    RoutingOutcome outcome = routing.transfer(conversation, queue, Set.of());

    assertThat(outcome)
        .isEqualTo(new Assigned(second, username(second), "Round robin among available agents"));
    assertThat(activeCount(first)).isZero();
    assertThat(activeCount(second)).isEqualTo(1);
  }

  @Test
  void aTransferredVisitorWaitsRatherThanGoBackToTheAgentsExcluded() {
    long from = queue(QueueStrategy.ROUND_ROBIN);
    long to = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 3, from, to);
    long other = agent(AgentStatus.ONLINE, 3, to);
    long conversation = enqueue(fan(), from);

    RoutingOutcome outcome = routing.transfer(conversation, to, Set.of(other));

    assertThat(outcome).isEqualTo(new Waiting(1));
    assertThat(activeCount(agent))
        .as("the freed slot is not given back to the same visitor")
        .isZero();
    assertThat(activeCount(other)).isZero();
  }

  @Test
  void theOwnerServesTheirCustomerAndTheFamiliarAgentGetsThemBack() {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    long owner = agent(AgentStatus.ONLINE, 3, queue);
    long familiar = agent(AgentStatus.ONLINE, 3, queue);
    long ownedFan = fan();
    customers.save(new CustomerProfile(ownedFan, owner, false, false));

    assertThat(enqueueAndAnswer(next(), ownedFan, queue))
        .isEqualTo(new Assigned(owner, username(owner), "Owner agent first"));

    long regular = fan();
    long firstVisit = next();
    agents.savePresence(owner, AgentStatus.BUSY, 3);
    assertThat(enqueueAndAnswer(firstVisit, regular, queue))
        .isEqualTo(new Assigned(familiar, username(familiar), "Least loaded available agent"));
    routing.release(firstVisit, familiar);
    agents.savePresence(owner, AgentStatus.ONLINE, 3);

    assertThat(enqueueAndAnswer(next(), regular, queue))
        .isEqualTo(new Assigned(familiar, username(familiar), "Familiar agent within window"));
  }

  @DisplayName("熟客优先：在设置时间内，访客进入队列后，优先分配给到最后接待该访客的座席 (the account's window)")
  @ParameterizedTest(name = "served 2 h ago, window {0} min: {1}")
  @CsvSource({
    "180, Familiar agent within window",
    "60, Least loaded available agent",
  })
  void theFamiliarAgentIsPreferredWithinTheAccountsWindow(long windowMinutes, String rule) {
    long queue = queue(QueueStrategy.LEAST_LOADED);
    navigations.saveAccountRouting(new AccountRouting(accountId(), queue, null, windowMinutes));
    long familiar = agent(AgentStatus.ONLINE, 3, queue);
    long regular = fan();
    long firstVisit = enqueue(regular, queue);
    routing.release(firstVisit, familiar);
    jdbc.sql(
            "update desk.queue_entry set ended_at = ended_at - interval '2 hours' where conversation_id = ?")
        .param(firstVisit)
        .update();
    enqueue(fan(), queue);
    long lessLoaded = agent(AgentStatus.ONLINE, 3, queue);

    RoutingOutcome outcome = enqueueAndAnswer(next(), regular, queue);

    long expected = rule.startsWith("Familiar") ? familiar : lessLoaded;
    assertThat(outcome).isEqualTo(new Assigned(expected, username(expected), rule));
  }

  @Test
  void aDesignatedCustomerOfAFullOwnerGoesToAnotherAgent() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long owner = agent(AgentStatus.ONLINE, 1, queue);
    long other = agent(AgentStatus.ONLINE, 3, queue);
    long ownedFan = fan();
    customers.save(new CustomerProfile(ownedFan, owner, false, false));
    enqueue(ownedFan, queue);
    assertThat(activeCount(owner)).as("the owner is full").isEqualTo(1);
    long designatedFan = fan();
    customers.save(new CustomerProfile(designatedFan, owner, false, true));

    assertThat(enqueueAndAnswer(next(), designatedFan, queue))
        .as("负责人超过接待上限: the next rule applies")
        .isEqualTo(new Assigned(other, username(other), "Round robin among available agents"));
  }

  /** 指定客户优先 > VIP客户优先: a designated customer who came later is taken before a VIP. */
  @Test
  void releaseAssignsAWaitingDesignatedCustomerBeforeAVip() {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 1, queue);
    long owner = agent(AgentStatus.OFFLINE, 1, queue);
    long served = enqueue(fan(), queue);
    long vip = next();
    long designated = next();
    long designatedFan = fan();
    customers.save(new CustomerProfile(designatedFan, owner, false, true));

    assertThat(enqueueAndAnswer(vip, vipFan(), queue)).isEqualTo(new Waiting(1));
    assertThat(enqueueAndAnswer(designated, designatedFan, queue)).isEqualTo(new Waiting(1));
    assertThat(routing.position(vip)).as("the designated customer went ahead").hasValue(2);

    routing.release(served, agent);

    assertThat(entryStatus(designated)).isEqualTo("ASSIGNED");
    assertThat(routing.position(vip)).hasValue(1);
  }

  @Test
  void enteringAnUnknownQueueIsRefused() {
    assertThatThrownBy(() -> enqueueAndAnswer(next(), fan(), 999_999))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e ->
                assertThat(e.error())
                    .isEqualTo(ApiError.of(RoutingError.QUEUE_NOT_FOUND, "id", 999_999L)));
  }
}
