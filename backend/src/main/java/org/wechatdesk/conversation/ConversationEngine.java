package org.wechatdesk.conversation;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.flow.FlowSettings;

/**
 * The one class that talks to Camunda's RuntimeService. A conversation's process instance is found
 * by the id stored with the conversation, never by querying variables.
 */
@Component
public class ConversationEngine {

  public static final String PROCESS_KEY = "conversation";

  public static final String MESSAGE_VISITOR = "VisitorMessage";
  public static final String MESSAGE_AGENT_REPLIED = "AgentReplied";
  public static final String MESSAGE_AGENT_ASSIGNED = "AgentAssigned";
  public static final String MESSAGE_GAVE_UP = "VisitorGaveUp";
  public static final String MESSAGE_ENDED = "ConversationEnded";
  public static final String MESSAGE_TRANSFER = "TransferRequested";
  public static final String MESSAGE_SURVEY_INVITE = "SurveyInviteRequested";
  public static final String MESSAGE_AGENT_STARTED = "AgentStartedConversation";

  private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

  private final RuntimeService runtime;
  private final TimerSpread spread;

  ConversationEngine(RuntimeService runtime, TimerSpread spread) {
    this.runtime = runtime;
    this.spread = spread;
  }

  /** How many conversations still run on a version of the flow (an admin retires old ones). */
  long conversationsRunning(String processDefinitionId) {
    return runtime.createProcessInstanceQuery().processDefinitionId(processDefinitionId).count();
  }

  /**
   * Starts the conversation's process. Durations and switches are taken from the flow settings now
   * and kept as variables, so a configuration change applies from the next conversation on.
   * Durations are spread per conversation (see {@link TimerSpread}).
   */
  String start(Conversation conversation, FlowSettings settings, String firstAnswer) {
    Map<String, Object> variables = variables(conversation, settings, Conversation.Speaker.VISITOR);
    variables.put("visitorAnswer", firstAnswer);
    variables.put("agentServed", false);
    return runtime
        .startProcessInstanceByKey(PROCESS_KEY, Long.toString(conversation.id()), variables)
        .getProcessInstanceId();
  }

  /**
   * Starts the process of a conversation an agent opened with the first text: it begins in the
   * chat, waiting for the visitor, with the same variables as a conversation the fan started.
   */
  String startByAgent(Conversation conversation, FlowSettings settings) {
    Map<String, Object> variables = variables(conversation, settings, Conversation.Speaker.AGENT);
    variables.put("agentServed", true);
    return runtime
        .startProcessInstanceByMessage(
            MESSAGE_AGENT_STARTED, Long.toString(conversation.id()), variables)
        .getProcessInstanceId();
  }

  private Map<String, Object> variables(
      Conversation conversation, FlowSettings settings, Conversation.Speaker lastSpeaker) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("conversationId", conversation.id());
    variables.put("accountId", conversation.accountId());
    variables.put("fanId", conversation.fanId());
    variables.put("lastSpeaker", lastSpeaker.name());
    variables.put("robotEnabled", settings.robotEnabled());
    variables.put("agentAppeaseEnabled", settings.agentAppeaseEnabled());
    variables.put("agentRemindEnabled", settings.agentRemindEnabled());
    variables.put("autoTransferEnabled", settings.autoTransferEnabled());
    variables.put("visitorPromptEnabled", settings.visitorPromptEnabled());
    variables.put("visitorCloseEnabled", settings.visitorCloseEnabled());
    variables.put("surveyAutomatic", settings.surveyAutomatic());
    variables.put("surveyInvited", false);
    long id = conversation.id();
    variables.put(
        "agentAppeaseAfter",
        spread.apply(Duration.ofMinutes(settings.agentAppeaseMinutes()), id).toString());
    variables.put(
        "agentRemindAfter",
        spread.apply(Duration.ofSeconds(settings.agentRemindSeconds()), id).toString());
    variables.put(
        "autoTransferAfter",
        spread.apply(Duration.ofMinutes(settings.autoTransferMinutes()), id).toString());
    variables.put(
        "visitorPromptAfter",
        spread.apply(Duration.ofMinutes(settings.visitorPromptMinutes()), id).toString());
    variables.put(
        "visitorCloseAfter",
        spread.apply(Duration.ofMinutes(settings.visitorCloseMinutes()), id).toString());
    variables.put(
        "surveyExpiresAfter",
        spread.apply(Duration.ofMinutes(settings.surveyExpiryMinutes()), id).toString());
    return variables;
  }

  /**
   * Delivers a message to the conversation's process. Returns false when the process is not waiting
   * for it at this moment (the fan's text is still stored; the flow simply does not react to it).
   */
  boolean correlate(Conversation conversation, String message, Map<String, Object> variables) {
    // Asked first rather than caught: a failed correlation would mark the surrounding transaction
    // rollback-only, losing the fan's stored message with it.
    boolean waiting =
        runtime
                .createEventSubscriptionQuery()
                .processInstanceId(conversation.processInstanceId())
                .eventType("message")
                .eventName(message)
                .count()
            > 0;
    if (!waiting) {
      log.debug("Conversation {} is not waiting for {}", conversation.id(), message);
      return false;
    }
    runtime
        .createMessageCorrelation(message)
        .processInstanceId(conversation.processInstanceId())
        .setVariables(variables)
        .correlateAll();
    return true;
  }
}
