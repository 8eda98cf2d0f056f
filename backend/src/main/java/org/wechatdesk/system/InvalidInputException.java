package org.wechatdesk.system;

import java.util.Map;

/** Input that breaks a documented format or range; answered with 400 and the message per field. */
public class InvalidInputException extends RuntimeException {

  private final Map<String, String> fields;

  public InvalidInputException(Map<String, String> fields) {
    super(String.join("; ", fields.values()));
    this.fields = Map.copyOf(fields);
  }

  public static InvalidInputException of(String field, String message) {
    return new InvalidInputException(Map.of(field, message));
  }

  public Map<String, String> fields() {
    return fields;
  }
}
