package org.wechatdesk.system;

/**
 * A caller that asks more often than a person would (answered with 429); the message says how long
 * to wait.
 */
public class TooManyRequestsException extends RuntimeException {

  public TooManyRequestsException(String message) {
    super(message);
  }
}
