package org.wechatdesk.system;

/** A request the current state refuses (answered with 409); the code says why. */
public class ConflictException extends ApiException {

  public ConflictException(ErrorCode code, Object... namesAndValues) {
    super(ApiError.of(code, namesAndValues));
  }
}
