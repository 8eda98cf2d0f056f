package org.wechatdesk.conversation;

import org.wechatdesk.system.ErrorCode;

/** Why a request about conversations, their process, flow settings or ratings is refused. */
public enum ConversationError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("conversation.notFound"),
  /** Param {@code status}: the conversation cannot be ended in this state. */
  NOT_ENDABLE("conversation.notEndable"),
  /** Param {@code status}: the action needs a conversation in a chat. */
  NOT_CHATTING("conversation.notChatting"),
  /** Param {@code status}: only a visitor waiting in a queue can give up waiting. */
  NOT_QUEUED("conversation.notQueued"),
  /** The account's flow does not let visitors give up waiting. */
  GIVE_UP_OFF("conversation.giveUpOff"),
  /** Params {@code status} and, once one serves the fan, {@code agent}. */
  ALREADY_OPEN("conversation.alreadyOpen"),
  /** Neither the account nor the agent has a queue to count the conversation in. */
  NO_QUEUE("conversation.noQueue"),
  /** The user does not serve as an agent. */
  NOT_AN_AGENT("conversation.notAnAgent"),
  /** Param {@code status}: the agent's, who must be online. */
  AGENT_OFFLINE("conversation.agentOffline"),
  /** Param {@code max}: the agent's reception limit. */
  AGENT_AT_LIMIT("conversation.agentAtLimit"),
  /** Param {@code id}. */
  PROCESS_VERSION_NOT_FOUND("process.versionNotFound"),
  /** The BPMN does not parse; the running version stays. The body lists the {@code problems}. */
  PROCESS_REJECTED("process.rejected"),
  /** The engine refused the file for a reason its parser does not report (logged). */
  PROCESS_INVALID("process.invalid"),
  /**
   * A problem of a rejected BPMN: params {@code line}, {@code column}; not XML the parser reads.
   */
  PROCESS_NOT_BPMN_XML("process.notBpmnXml"),
  /** Params {@code element}, {@code line}, {@code column}: a task names no delegate to run. */
  PROCESS_TASK_WITHOUT_HANDLER("process.taskWithoutHandler"),
  /** Params {@code element}, {@code line}, {@code column}: another problem with that element. */
  PROCESS_ELEMENT_INVALID("process.elementInvalid"),
  /** Param {@code key}: the file must hold exactly one process with this id. */
  PROCESS_WRONG_KEY("process.wrongKey"),
  RATING_LINK_UNKNOWN("rating.linkUnknown"),
  RATING_EXPIRED("rating.expired"),
  /** Param {@code max}: ratings of one conversation; the last one counts. */
  RATING_TOO_MANY("rating.tooMany");

  private final String code;

  ConversationError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
