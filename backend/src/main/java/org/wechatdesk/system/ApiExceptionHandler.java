package org.wechatdesk.system;

import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API in one shape ({@link ApiError}, JSON), whatever the request's Accept
 * header asked for: the content type is set here, so Spring does not try to honour a {@code
 * text/plain} or {@code application/xml} and fail with a 500. A client's mistake is a 4xx logged at
 * most as a line; only the desk's own failure is logged with its stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalid(InvalidInputException e) {
    return error(HttpStatus.BAD_REQUEST, new ApiError(e.getMessage(), e.fields()));
  }

  @ExceptionHandler({MultipartException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Object> malformedRequest(Exception e) {
    log.debug("Malformed request: {}", e.toString());
    return error(HttpStatus.BAD_REQUEST, ApiError.of("The request is malformed / 请求格式错误"));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return error(HttpStatus.NOT_FOUND, ApiError.of(e.getMessage()));
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<Object> tooMany(TooManyRequestsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    return error(HttpStatus.CONFLICT, new ApiError(e.getMessage(), Map.of("reason", e.reason())));
  }

  /** A call the desk made to WeChat on the user's behalf was refused; WeChat's errcode says why. */
  @ExceptionHandler(WxErrorException.class)
  ResponseEntity<Object> weChatRefused(WxErrorException e) {
    return error(
        HttpStatus.BAD_GATEWAY,
        ApiError.of(
            "WeChat refused the call / 微信拒绝了请求: "
                + (e.getError() == null
                    ? e.getMessage()
                    : "errcode "
                        + e.getError().getErrorCode()
                        + " "
                        + e.getError().getErrorMsg())));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> denied(AccessDeniedException e) {
    return error(HttpStatus.FORBIDDEN, ApiError.of("Forbidden / 无权访问"));
  }

  /** The desk's own failure: logged whole, answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> failed(RuntimeException e) {
    log.error("Request failed", e);
    return error(HttpStatus.INTERNAL_SERVER_ERROR, ApiError.of("Internal error / 服务器内部错误"));
  }

  /**
   * Spring MVC's own refusals (unreadable body, wrong method, missing parameter, …), in the API's
   * shape.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String message =
        e instanceof HttpMessageNotReadableException
            ? "The request body is not valid JSON of the expected shape"
            : HttpStatus.valueOf(status.value()).getReasonPhrase();
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(message));
  }

  private static ResponseEntity<Object> error(HttpStatus status, ApiError body) {
    return body.respond(status);
  }
}
