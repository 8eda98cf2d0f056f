package org.wechatdesk.system;

/**
 * A refusal the API answers with an {@link ApiError}; the subclass decides the HTTP status. The
 * exception's message is the code and parameters, for logs and tests.
 */
public abstract class ApiException extends RuntimeException {

  private final ApiError error;

  protected ApiException(ApiError error) {
    super(error.toString());
    this.error = error;
  }

  public ApiError error() {
    return error;
  }
}
