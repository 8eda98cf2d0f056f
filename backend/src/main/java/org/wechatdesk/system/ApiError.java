package org.wechatdesk.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one error shape of the API: a stable {@code code}, the {@code params} its wording needs and,
 * for bad input, one error of the same shape per field. No human text: clients word the code in
 * their user's language (docs/api-errors.md).
 *
 * @param params simple values only (strings, numbers, booleans), keyed by the names the wording
 *     uses
 */
public record ApiError(
    String code,
    @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, Object> params,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, ApiError> fields) {

  public ApiError {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    fields = Map.copyOf(fields);
  }

  /**
   * The error with its parameters given as name, value, name, value, …; a null value is left out.
   */
  public static ApiError of(ErrorCode code, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("Parameters come in name-value pairs: " + code.code());
    }
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value != null) {
        params.put((String) namesAndValues[i], simple(value));
      }
    }
    return new ApiError(code.code(), params, Map.of());
  }

  /** Anything that is not a number or a boolean goes out as its string, e.g. an enum's name. */
  private static Object simple(Object value) {
    return value instanceof Number || value instanceof Boolean ? value : String.valueOf(value);
  }

  /**
   * The error as a response, JSON whatever the request's Accept header asked for: with the content
   * type set, Spring writes it instead of failing to honour {@code text/plain} or {@code
   * application/xml}.
   */
  public ResponseEntity<Object> respond(HttpStatusCode status) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(this);
  }

  @Override
  public String toString() {
    return fields.isEmpty() ? code + params : code + params + " " + fields;
  }
}
