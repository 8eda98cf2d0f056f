package org.wechatdesk.message;

/**
 * Why a channel did not deliver a message, and what that means for it. TRANSIENT: the channel did
 * not get it: send again later. PERMANENT: the channel refused it for good: tell the sender why.
 * AMBIGUOUS: the message left and no answer came, so it may have been delivered and a resend could
 * deliver twice.
 */
public class DeliveryFailure extends Exception {

  public enum Kind {
    TRANSIENT,
    PERMANENT,
    AMBIGUOUS
  }

  private final Kind kind;
  private final Integer errorCode;
  private final DeliveryProblem problem;

  /**
   * {@code detail} is for the log only (the channel's own words, an exception's name): the sender
   * is told {@code problem}.
   */
  public DeliveryFailure(Kind kind, Integer errorCode, DeliveryProblem problem, String detail) {
    super(problem.code() + (detail == null ? "" : " (" + detail + ")"), null, false, false);
    this.kind = kind;
    this.errorCode = errorCode;
    this.problem = problem;
  }

  public DeliveryFailure(Kind kind, Integer errorCode, DeliveryProblem problem) {
    this(kind, errorCode, problem, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The channel's own code for the refusal, shown to the sender; null when it gave none. */
  public Integer errorCode() {
    return errorCode;
  }

  /** The stable code stored with the message and worded by the frontend. */
  public String reason() {
    return problem.code();
  }

  public DeliveryProblem problem() {
    return problem;
  }
}
