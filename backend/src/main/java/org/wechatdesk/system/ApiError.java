package org.wechatdesk.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one error shape of the API: a message for people and, for bad input, one message per field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ApiError(String error, Map<String, String> fields) {

  public static ApiError of(String error) {
    return new ApiError(error, Map.of());
  }

  /**
   * The error as a response, JSON whatever the request's Accept header asked for: with the content
   * type set, Spring writes it instead of failing to honour {@code text/plain} or {@code
   * application/xml}.
   */
  public ResponseEntity<Object> respond(HttpStatusCode status) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(this);
  }
}
