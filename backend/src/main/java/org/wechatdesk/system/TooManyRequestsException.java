package org.wechatdesk.system;

/**
 * A caller that asks more often than a person would (answered with 429); the parameters say what
 * the limit is.
 */
public class TooManyRequestsException extends ApiException {

  public TooManyRequestsException(ErrorCode code, Object... namesAndValues) {
    super(ApiError.of(code, namesAndValues));
  }
}
