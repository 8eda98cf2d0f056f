package org.wechatdesk.conversation.leftmessage;

import org.wechatdesk.system.ErrorCode;

/** Why an agent cannot act on a message a fan left. */
public enum LeftMessageError implements ErrorCode {
  /** Param {@code id}: no such message among those of the agent's accounts. */
  NOT_FOUND("leftMessage.notFound"),
  /** Param {@code agent}: another agent claimed it. */
  CLAIMED_BY_OTHER("leftMessage.claimedByOther"),
  /** Param {@code agent}: it was handled already, by this agent. */
  ALREADY_HANDLED("leftMessage.alreadyHandled");

  private final String code;

  LeftMessageError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
