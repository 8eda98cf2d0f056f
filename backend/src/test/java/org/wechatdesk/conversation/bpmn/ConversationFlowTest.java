package org.wechatdesk.conversation.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The BPMN's contract on the engine alone (processes/README.md): which step waits, which timers
 * exist under which switches, and which delegates run on each path. The delegates are stand-ins
 * that record their bean name and set the variables the real ones set; the desk's own behaviour
 * behind them is tested with the whole server (ConversationProcessTest, TimeoutSwitchesTest).
 */
@Deployment(resources = "processes/conversation.bpmn")
class ConversationFlowTest {

  @RegisterExtension
  static final ProcessEngineExtension EXTENSION =
      ProcessEngineExtension.builder()
          .useProcessEngine(
              new StandaloneInMemProcessEngineConfiguration()
                  .setJdbcUrl("jdbc:h2:mem:conversation-flow;DB_CLOSE_DELAY=-1")
                  .setExpressionManager(new MockExpressionManager())
                  .setJobExecutorActivate(false)
                  .buildProcessEngine())
          .build();

  /** Set by the extension. */
  ProcessEngine engine;

  private static final List<String> DELEGATES =
      List.of(
          "welcomeDelegate",
          "robotAnswerDelegate",
          "visitorIdlePromptDelegate",
          "visitorTimeoutDelegate",
          "startNavigationDelegate",
          "navigateDelegate",
          "enqueueDelegate",
          "queueAppeaseDelegate",
          "leaveQueueDelegate",
          "agentAssignedDelegate",
          "agentIdleAppeaseDelegate",
          "agentIdleRemindDelegate",
          "releaseAgentDelegate",
          "transferDelegate",
          "endTextsDelegate",
          "surveyInviteDelegate",
          "ratingTemplateDelegate",
          "surveyCloseDelegate",
          "workingHoursDelegate",
          "leaveMessageDelegate",
          "outOfHoursEndDelegate");

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private boolean agentFree = true;

  @BeforeEach
  void registerDelegates() {
    for (String bean : DELEGATES) {
      Mocks.register(bean, recording(bean));
    }
  }

  @AfterEach
  void forgetDelegates() {
    Mocks.reset();
  }

  @Test
  void aFanIsWelcomedRoutedAndServedThenTheAgentsTimersWait() {
    ProcessInstance conversation = start(switches(true));

    assertThat(conversation).isWaitingAt("Task_AwaitAgentReply");
    assertThat(ran)
        .containsSubsequence(
            "welcomeDelegate",
            "startNavigationDelegate",
            "enqueueDelegate",
            "agentAssignedDelegate");
    assertThat(timers(conversation))
        .containsExactlyInAnyOrder(
            "Timer_AgentIdleAppease", "Timer_AgentIdleRemind", "Timer_AgentIdleAutoTransfer");
  }

  @Test
  void aSwitchedOffTimerNeverBecomesAJob() {
    ProcessInstance conversation = start(switches(false));

    assertThat(conversation).isWaitingAt("Task_AwaitAgentReply");
    assertThat(timers(conversation)).isEmpty();
  }

  @Test
  void theRemindTimerRemindsAndTheTurnKeepsWaiting() {
    Map<String, Object> variables = switches(false);
    variables.put("agentRemindEnabled", true);
    ProcessInstance conversation = start(variables);

    execute(job("Timer_AgentIdleRemind", conversation));

    assertThat(ran).contains("agentIdleRemindDelegate");
    assertThat(conversation).isWaitingAt("Task_AwaitAgentReply");
  }

  @Test
  void aVisitorWhoGaveUpTheQueueGetsTheEndTextAndNoSurvey() {
    agentFree = false;
    ProcessInstance conversation = start(switches(true));
    assertThat(conversation).isWaitingAt("Task_AwaitAgent");

    runtimeService()
        .createMessageCorrelation("VisitorGaveUp")
        .processInstanceId(conversation.getId())
        .setVariable("endReason", "VISITOR_GAVE_UP")
        .correlate();

    assertThat(conversation).isEnded();
    assertThat(ran).contains("leaveQueueDelegate", "endTextsDelegate");
    assertThat(ran).doesNotContain("surveyInviteDelegate", "ratingTemplateDelegate");
  }

  @Test
  void theVisitorsSilenceClosesTheChatAndTheSurveyStaysOpenUntilItExpires() {
    ProcessInstance conversation = start(switches(true));
    runtimeService()
        .createMessageCorrelation("AgentReplied")
        .processInstanceId(conversation.getId())
        .setVariable("lastSpeaker", "AGENT")
        .correlate();
    assertThat(conversation).isWaitingAt("Task_AwaitVisitorReply");
    assertThat(timers(conversation))
        .containsExactlyInAnyOrder("Timer_VisitorIdlePrompt", "Timer_VisitorIdleClose");

    execute(job("Timer_VisitorIdleClose", conversation));

    assertThat(ran)
        .containsSubsequence(
            "visitorTimeoutDelegate",
            "endTextsDelegate",
            "surveyInviteDelegate",
            "ratingTemplateDelegate");
    assertThat(timers(conversation)).containsExactly("Timer_SurveyExpiry");

    execute(job("Timer_SurveyExpiry", conversation));

    assertThat(ran).endsWith("surveyCloseDelegate");
    assertThat(conversation).isEnded();
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return runtimeService().startProcessInstanceByKey("conversation", "1", variables);
  }

  private List<String> timers(ProcessInstance conversation) {
    List<String> activities = new ArrayList<>();
    for (Job job :
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(conversation.getId())
            .timers()
            .list()) {
      activities.add(
          engine
              .getManagementService()
              .createJobDefinitionQuery()
              .jobDefinitionId(job.getJobDefinitionId())
              .singleResult()
              .getActivityId());
    }
    return activities;
  }

  /** The variables ConversationEngine sets at the fan's start, with every switch as given. */
  private static Map<String, Object> switches(boolean on) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("conversationId", 1L);
    variables.put("accountId", 1L);
    variables.put("fanId", 1L);
    variables.put("lastSpeaker", "VISITOR");
    variables.put("visitorAnswer", null);
    variables.put("agentServed", false);
    variables.put("robotEnabled", false);
    variables.put("agentAppeaseEnabled", on);
    variables.put("agentRemindEnabled", on);
    variables.put("autoTransferEnabled", on);
    variables.put("visitorPromptEnabled", on);
    variables.put("visitorCloseEnabled", on);
    variables.put("surveyAutomatic", true);
    variables.put("surveyInvited", false);
    variables.put("agentAppeaseAfter", "PT1M");
    variables.put("agentRemindAfter", "PT30S");
    variables.put("autoTransferAfter", "PT3M");
    variables.put("visitorPromptAfter", "PT5M");
    variables.put("visitorCloseAfter", "PT10M");
    variables.put("surveyExpiresAfter", "PT30M");
    return variables;
  }

  /** Records the bean and sets what the real delegate of that name sets for the flow. */
  private JavaDelegate recording(String bean) {
    return execution -> {
      ran.add(bean);
      switch (bean) {
        case "workingHoursDelegate" -> execution.setVariable("leaveMessage", false);
        case "welcomeDelegate" -> execution.setVariable("robotCovers", false);
        case "startNavigationDelegate", "navigateDelegate" -> {
          execution.setVariable("queueChosen", true);
          execution.setVariable("queueId", 7L);
        }
        case "enqueueDelegate", "transferDelegate" -> execution.setVariable("assigned", agentFree);
        case "agentAssignedDelegate" -> execution.setVariable("agentServed", true);
        case "visitorTimeoutDelegate" -> execution.setVariable("endReason", "VISITOR_TIMEOUT");
        case "surveyInviteDelegate" -> execution.setVariable("surveyInvited", true);
        default -> {}
      }
    };
  }
}
