package org.wechatdesk.channel.wechat.inbound;

import org.springframework.http.HttpStatus;

/**
 * A push that fails a check: answered with {@link #status()} and logged by reason, never by
 * content.
 */
public class PushRejectedException extends RuntimeException {

  private final HttpStatus status;

  public PushRejectedException(HttpStatus status, String reason) {
    super(reason);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }
}
