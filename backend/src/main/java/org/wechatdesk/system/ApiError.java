package org.wechatdesk.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/** The one error shape of the API: a message for people and, for bad input, one message per field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, Map<String, String> fields) {

  public static ApiError of(String error) {
    return new ApiError(error, Map.of());
  }
}
