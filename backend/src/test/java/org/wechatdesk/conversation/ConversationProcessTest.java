package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.support.ConversationScenario;

/**
 * Every path of processes/conversation.bpmn, through the real push endpoint and the real routing
 * rules. Timers are fired by moving the engine's clock and executing the jobs that are due.
 */
class ConversationProcessTest extends ConversationScenario {

  @Autowired ProcessEngine engine;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  private ProcessInstance instance(Conversation conversation) {
    return engine
        .getRuntimeService()
        .createProcessInstanceQuery()
        .processInstanceId(reload(conversation).processInstanceId())
        .singleResult();
  }

  @Test
  void fanMessageStartsAConversationThatAnAgentTakesAtOnce() {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "你好，我想咨询 /::)");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(conversation.agentUsername()).isEqualTo(agent.username());
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
    assertThat(textsTo(fan))
        .first()
        .asString()
        .contains(FlowSettings.defaults().welcomeText())
        .contains(FlowSettings.defaults().introText());
    assertThat(textsTo(fan)).last().asString().contains(agent.username());
    assertThat(messages.forConversation(conversation.id()))
        .first()
        .satisfies(m -> assertThat(m.text()).isEqualTo("你好，我想咨询 /::)"));
  }

  @Test
  void agentIdleTimersAreDueAtTheirConfiguredTimes() {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "在吗");
    Conversation conversation = conversationOf(fan);
    List<Job> timers = timers(conversation);
    assertThat(timers).as("auto-transfer is off by default, so it has no timer").hasSize(2);
    assertThat(timers)
        .extracting(Job::getDuedate)
        .containsExactlyInAnyOrder(Date.from(now.plusSeconds(30)), Date.from(now.plusSeconds(60)));

    advanceSeconds(conversation, 31);
    assertThat(systemLines(conversation))
        .containsExactly(FlowSettings.defaults().agentRemindText());
    assertThat(textsTo(fan)).doesNotContain(FlowSettings.defaults().agentAppeaseText());

    advanceSeconds(conversation, 30);
    assertThat(textsTo(fan)).contains(FlowSettings.defaults().agentAppeaseText());
    assertThat(reload(conversation).agentUsername())
        .as("auto-transfer is off by default")
        .isEqualTo(agent.username());
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
  }

  /**
   * The flow's delegates are resolved before the conversation's variables, so that a step which
   * reads no variable does not load them all: a variable named like a delegate does not replace it.
   */
  @Test
  void aVariableNamedLikeADelegateDoesNotReplaceIt() {
    agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "在吗");
    Conversation conversation = conversationOf(fan);
    engine
        .getRuntimeService()
        .setVariable(
            conversation.processInstanceId(), "agentIdleAppeaseDelegate", "not a delegate");

    advanceSeconds(conversation, 61);

    assertThat(textsTo(fan)).contains(FlowSettings.defaults().agentAppeaseText());
  }

  @Test
  void turnChangesStartAndCancelTheTimersAndSameSideMessagesDoNotTouchTheEngine() {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "第一条");
    Conversation conversation = conversationOf(fan);
    fanWrites(fan, "第二条");
    conversationOf(fan);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
    List<String> agentTimerIds = timers(conversation).stream().map(Job::getId).toList();
    assertThat(agentTimerIds).as("a second visitor message does not restart the timers").hasSize(2);

    agentReplies(conversation, agent, "您好");
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitVisitorReply");
    List<Job> visitorTimers = timers(conversation);
    assertThat(visitorTimers)
        .hasSize(2)
        .extracting(Job::getId)
        .doesNotContainAnyElementsOf(agentTimerIds);

    agentReplies(conversation, agent, "请问有什么可以帮您");
    assertThat(timers(conversation))
        .extracting(Job::getId)
        .containsExactlyInAnyOrderElementsOf(visitorTimers.stream().map(Job::getId).toList());

    fanWrites(fan, "我的订单");
    conversationOf(fan);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
    assertThat(timers(conversation)).hasSize(2);
  }

  @Test
  void visitorTimeoutPromptsThenClosesAndTheSurveyTakesTheLastRating() {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent, fan);

    advanceSeconds(conversation, 61);
    assertThat(textsTo(fan)).contains(FlowSettings.defaults().visitorPromptText());
    assertThat(reload(conversation).open()).isTrue();

    advanceSeconds(conversation, 240);
    Conversation closed = reload(conversation);
    assertThat(closed.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(closed.endReason()).isEqualTo(Conversation.EndReason.VISITOR_TIMEOUT);
    // 会话关闭与提示: "在访客端和座席端发起提示语"; the same text is 会话结束's 访客离开超时自动关闭会话和提示语.
    assertThat(textsTo(fan))
        .contains(FlowSettings.defaults().visitorCloseText())
        .doesNotContain(FlowSettings.defaults().endTextAgentEnded());
    assertThat(messages.forConversation(conversation.id()))
        .extracting(ConversationMessage::text)
        .contains(FlowSettings.defaults().visitorCloseText());
    assertThat(textsTo(fan))
        .last()
        .asString()
        .startsWith(FlowSettings.defaults().surveyInviteText());
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isZero();
    assertThat(instance(conversation)).isWaitingAt("Timer_SurveyExpiry");

    fanWrites(fan, "5 是");
    assertThat(conversationOf(fan).id()).isEqualTo(conversation.id());
    assertThat(reload(conversation).rating()).isEqualTo(5);
    assertThat(reload(conversation).solved()).isTrue();
    fanWrites(fan, "2");
    conversationOf(fan);
    assertThat(reload(conversation).rating()).as("the last rating counts").isEqualTo(2);
    assertThat(reload(conversation).solved()).isTrue();

    advanceSeconds(conversation, Duration.ofMinutes(1440).toSeconds());
    assertThat(instance(conversation)).isNull();
    fanWrites(fan, "1");
    assertThat(reload(conversation).rating())
        .as("an expired invitation takes no rating")
        .isEqualTo(2);
    assertThat(conversationOf(fan).id())
        .as("the message starts a new conversation")
        .isNotEqualTo(conversation.id());
  }

  @Test
  void agentEndsTheConversationAndTheAgentEndTextIsSent() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    Conversation ended = reload(conversation);
    assertThat(ended.endReason()).isEqualTo(Conversation.EndReason.AGENT_ENDED);
    assertThat(textsTo(fan)).contains(FlowSettings.defaults().endTextAgentEnded());
    assertThat(agents.find(agent.id()).orElseThrow().activeCount()).isZero();
  }

  @Test
  void transferGoesToTheTargetQueueAndFreesTheFirstAgent() {
    Agent first = agent(queueId, 1);
    long afterSales =
        queues.insert(
            "售后 " + System.nanoTime(),
            org.wechatdesk.routing.terms.QueueStrategy.ROUND_ROBIN,
            null);
    Agent second = agent(afterSales, 1);
    String fan = fan();
    fanWrites(fan, "退货");
    Conversation conversation = conversationOf(fan);
    actions.transfer(
        conversation.id(), new AgentActions.Actor(first.username(), false), afterSales, "退货问题");
    Conversation moved = reload(conversation);
    assertThat(moved.agentUsername()).isEqualTo(second.username());
    assertThat(moved.queueId()).isEqualTo(afterSales);
    assertThat(agents.find(first.id()).orElseThrow().activeCount()).isZero();
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
  }

  @Test
  void autoTransferMovesTheVisitorToAnotherAgentOfTheQueue() {
    settings(
        java.util.Map.of(
            "agentAppeaseMinutes", 5, "autoTransferEnabled", true, "autoTransferMinutes", 2));
    Agent first = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(reload(conversation).agentUsername()).isEqualTo(first.username());
    Agent second = agent(queueId, 1);

    advanceSeconds(conversation, 119);
    assertThat(reload(conversation).agentUsername()).isEqualTo(first.username());
    advanceSeconds(conversation, 2);
    assertThat(reload(conversation).agentUsername()).isEqualTo(second.username());
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
  }

  @Test
  void queuedVisitorGetsPromptAppeasementAndCanGiveUp() {
    Agent busy = agent(queueId, 1);
    String first = fan();
    fanWrites(first, "我先来");
    assertThat(conversationOf(first).agentUsername()).isEqualTo(busy.username());

    String second = fan();
    fanWrites(second, "我也来");
    Conversation waiting = conversationOf(second);
    assertThat(waiting.status()).isEqualTo(Conversation.Status.QUEUED);
    assertThat(instance(waiting)).isWaitingAt("Task_AwaitAgent");
    assertThat(textsTo(second)).last().asString().contains("您是下一位");

    fanWrites(second, "还要多久");
    conversationOf(second);
    assertThat(textsTo(second))
        .last()
        .asString()
        .isEqualTo(FlowSettings.defaults().queueAppeaseText());

    fanWrites(second, "放弃排队");
    Conversation gaveUp = reload(conversationOf(second));
    assertThat(gaveUp.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(gaveUp.endReason()).isEqualTo(Conversation.EndReason.VISITOR_GAVE_UP);
    assertThat(textsTo(second)).contains(FlowSettings.defaults().giveUpText());
  }

  @Test
  void queuedVisitorCanGiveUpWithAMenuButton() {
    agent(queueId, 1);
    String waiting = fanWaitingInTheQueue();

    fanClicks(waiting, FlowSettings.defaults().giveUpKeyword());
    Conversation gaveUp = reload(conversationOf(waiting));
    assertThat(gaveUp.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(gaveUp.endReason()).isEqualTo(Conversation.EndReason.VISITOR_GAVE_UP);
  }

  @Test
  void queuedVisitorIsAssignedWhenTheAgentFreesUp() {
    Agent only = agent(queueId, 1);
    String first = fan();
    fanWrites(first, "一");
    Conversation chatting = conversationOf(first);
    String second = fan();
    fanWrites(second, "二");
    Conversation waiting = conversationOf(second);
    assertThat(waiting.status()).isEqualTo(Conversation.Status.QUEUED);

    actions.end(chatting.id(), new AgentActions.Actor(only.username(), false));
    await(
        "the waiting visitor is assigned",
        () -> reload(waiting).status() == Conversation.Status.CHATTING);
    assertThat(reload(waiting).agentUsername()).isEqualTo(only.username());
    assertThat(instance(waiting)).isWaitingAt("Task_AwaitAgentReply");
  }

  @Test
  void robotAnswersUntilTheVisitorAsksForAHuman() {
    FlowSettings on = FlowSettings.defaults();
    settings(java.util.Map.of("robotEnabled", true));
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.ROBOT);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitVisitorForRobot");

    fanWrites(fan, "你们的营业时间是？");
    conversationOf(fan);
    assertThat(textsTo(fan)).last().asString().isEqualTo(on.robotAnswers().get(0).answer());

    fanWrites(fan, "转人工");
    Conversation handedOver = conversationOf(fan);
    assertThat(handedOver.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(handedOver.agentUsername()).isEqualTo(agent.username());
  }

  @Test
  void robotCoversWhileNoAgentIsOnlineWhenConfigured() {
    settings(java.util.Map.of("robotCoversNoAgent", true));
    jdbc.sql("update desk.agent_profile set status = 'OFFLINE'").update();
    String fan = fan();
    fanWrites(fan, "有人吗");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.ROBOT);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitVisitorForRobot");
    fanWrites(fan, "几点上班");
    conversationOf(fan);
    assertThat(textsTo(fan))
        .last()
        .asString()
        .isEqualTo(FlowSettings.defaults().robotAnswers().get(0).answer());

    Agent agent = agent(queueId, 2);
    fanClicks(fan, "转人工");
    Conversation handedOver = conversationOf(fan);
    assertThat(handedOver.status())
        .as("a custom-menu button whose key is the hand-over keyword hands over")
        .isEqualTo(Conversation.Status.CHATTING);
    assertThat(handedOver.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(handedOver.agentUsername()).isEqualTo(agent.username());

    String next = fan();
    fanWrites(next, "有人吗");
    assertThat(conversationOf(next).status())
        .as("with an agent online the robot does not cover")
        .isEqualTo(Conversation.Status.CHATTING);
  }

  @Test
  void agentInvitesARatingDuringTheChatAndItIsNotRepeatedAtTheEnd() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    actions.inviteSurvey(conversation.id(), new AgentActions.Actor(agent.username(), false));
    assertThat(textsTo(fan))
        .last()
        .asString()
        .startsWith(FlowSettings.defaults().surveyInviteText());
    actions.end(conversation.id(), new AgentActions.Actor(agent.username(), false));
    assertThat(
            textsTo(fan).stream()
                .filter(t -> t.startsWith(FlowSettings.defaults().surveyInviteText())))
        .hasSize(1);
    fanWrites(fan, "4 否");
    conversationOf(fan);
    assertThat(reload(conversation).rating()).isEqualTo(4);
    assertThat(reload(conversation).solved()).isFalse();
  }

  /**
   * 座席可重复发起满意度评价，以访客最后一次评价为准: the fan's answer to the agent's 邀请评价 during the chat is a rating
   * (recorded, thanked, shown to the agent as one), not a message that passes the turn to the
   * agent.
   */
  @Test
  void aRatingSentDuringTheChatIsRecordedAndDoesNotPassTheTurn() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent, fan);
    actions.inviteSurvey(conversation.id(), new AgentActions.Actor(agent.username(), false));

    fanWrites(fan, "2 是");
    conversationOf(fan);
    Conversation rated = reload(conversation);
    assertThat(rated.rating()).isEqualTo(2);
    assertThat(rated.solved()).isTrue();
    assertThat(textsTo(fan)).last().isEqualTo("感谢您的评价！");
    assertThat(messages.forConversation(conversation.id()))
        .anySatisfy(m -> assertThat(m.kind() + " " + m.text()).isEqualTo("RATING 2 是"));
    assertThat(rated.lastSpeaker()).isEqualTo(Conversation.Speaker.AGENT);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitVisitorReply");

    fanWrites(fan, "4");
    conversationOf(fan);
    assertThat(reload(conversation).rating()).as("the last rating counts").isEqualTo(4);

    fanWrites(fan, "还有一个问题");
    conversationOf(fan);
    assertThat(instance(conversation)).isWaitingAt("Task_AwaitAgentReply");
  }

  @Test
  void automaticTextsLeaveTheLastMessageOfTheQuotaToTheAgent() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    int sentSoFar = textsTo(fan).size();
    for (int i = sentSoFar; i < QUOTA - 1; i++) {
      agentReplies(conversation, agent, "回复 " + i);
    }
    advanceSeconds(conversation, 61);
    assertThat(textsTo(fan)).doesNotContain(FlowSettings.defaults().visitorPromptText());
    assertThat(systemLines(conversation)).contains(FlowSettings.defaults().visitorPromptText());
    assertThat(systemNotices(conversation))
        .contains(
            TranscriptNotice.of(
                TranscriptNotice.Code.AUTOMATIC_TEXT_WITHHELD,
                "reason",
                DeliveryProblem.QUOTA_KEPT_FOR_AGENT.code()));
    agentReplies(conversation, agent, "最后一条留给座席");
    assertThat(textsTo(fan)).hasSize(QUOTA).last().isEqualTo("最后一条留给座席");
  }

  /** desk.wechat.quota.message-limit in application-test.yml. */
  private static final int QUOTA = 20;

  /** 排队提示语: "自动实时更新排队位次", worded as a person would say the place. */
  @Test
  void waitingVisitorsAreToldWhenTheirPlaceImproves() {
    agent(queueId, 1);
    String first = fan();
    fanWrites(first, "我在聊");
    conversationOf(first);
    String second = fan();
    fanWrites(second, "我排第一");
    conversationOf(second);
    String third = fan();
    fanWrites(third, "我排第二");
    assertThat(conversationOf(third).status()).isEqualTo(Conversation.Status.QUEUED);
    assertThat(textsTo(third)).last().isEqualTo("您已进入排队，前面还有 1 位访客，请稍候。");

    fanWrites(second, "放弃排队");
    conversationOf(second);
    await(
        "the third visitor hears they are next",
        () -> textsTo(third).contains("您已进入排队，您是下一位，请稍候。"));
    long notices = textsTo(third).stream().filter(text -> text.startsWith("您已进入排队")).count();

    String fourth = fan();
    fanWrites(fourth, "我也排队");
    conversationOf(fourth);
    fanWrites(fourth, "放弃排队");
    conversationOf(fourth);
    assertThat(textsTo(third).stream().filter(text -> text.startsWith("您已进入排队")).count())
        .as("no notice when the place did not improve")
        .isEqualTo(notices);
  }
}
