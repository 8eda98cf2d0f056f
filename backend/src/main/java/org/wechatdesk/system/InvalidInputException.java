package org.wechatdesk.system;

import java.util.Map;

/**
 * Input that breaks a documented format or range; answered with 400, {@link InputError#INVALID} and
 * one error per field.
 */
public class InvalidInputException extends ApiException {

  public InvalidInputException(Map<String, ApiError> fields) {
    super(new ApiError(InputError.INVALID.code(), Map.of(), fields));
  }

  public static InvalidInputException of(String field, ErrorCode code, Object... namesAndValues) {
    return new InvalidInputException(Map.of(field, ApiError.of(code, namesAndValues)));
  }

  public Map<String, ApiError> fields() {
    return error().fields();
  }
}
