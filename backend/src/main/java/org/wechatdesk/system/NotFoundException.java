package org.wechatdesk.system;

/** Something the request names does not exist (answered with 404). */
public class NotFoundException extends ApiException {

  public NotFoundException(ErrorCode code, Object... namesAndValues) {
    super(ApiError.of(code, namesAndValues));
  }
}
