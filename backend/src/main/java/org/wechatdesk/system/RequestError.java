package org.wechatdesk.system;

/** Codes for refusals that concern the request as a whole, whichever endpoint it was for. */
public enum RequestError implements ErrorCode {
  MALFORMED("request.malformed"),
  /** The body is not JSON of the expected shape. */
  UNREADABLE_BODY("request.unreadableBody"),
  LOGIN_REQUIRED("request.loginRequired"),
  FORBIDDEN("request.forbidden"),
  NOT_FOUND("request.notFound"),
  METHOD_NOT_ALLOWED("request.methodNotAllowed"),
  UNSUPPORTED_MEDIA_TYPE("request.unsupportedMediaType"),
  /** Param {@code status}: a refusal by Spring MVC with no code of its own. */
  REFUSED("request.refused"),
  /** The desk's own failure; the log has the details. */
  FAILED("request.failed"),
  /**
   * Params {@code errcode}, {@code errmsg}: a call the desk made to WeChat for the user was
   * refused.
   */
  WECHAT_REFUSED("wechat.refused"),
  /** Param {@code detail}: WeChat could not be reached. */
  WECHAT_UNREACHABLE("wechat.unreachable");

  private final String code;

  RequestError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
