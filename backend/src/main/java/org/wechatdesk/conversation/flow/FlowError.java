package org.wechatdesk.conversation.flow;

import org.wechatdesk.system.ErrorCode;

/** Why an account's flow settings are refused, beside the shared input rules. */
public enum FlowError implements ErrorCode {
  /** Params {@code minCount}, {@code maxCount}, {@code maxLength}. */
  SURVEY_LABELS("flow.surveyLabels"),
  /** Param {@code max}: each answer needs keywords and an answer of at most this length. */
  ROBOT_ANSWERS("flow.robotAnswers"),
  /** Required with the template message on: 1-64 letters, digits, _ or -. */
  SURVEY_TEMPLATE_ID("flow.surveyTemplateId"),
  /** Params {@code maxFields}, {@code maxName}, {@code maxValue}. */
  SURVEY_TEMPLATE_FIELDS("flow.surveyTemplateFields");

  private final String code;

  FlowError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
