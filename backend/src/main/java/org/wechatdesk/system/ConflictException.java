package org.wechatdesk.system;

/**
 * A request the current state refuses (answered with 409): the message says why, in Chinese and
 * English, and {@code reason} is a stable code the UI can translate.
 */
public class ConflictException extends RuntimeException {

  private final String reason;

  public ConflictException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  public String reason() {
    return reason;
  }
}
