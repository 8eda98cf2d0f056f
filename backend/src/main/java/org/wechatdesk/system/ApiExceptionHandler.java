package org.wechatdesk.system;

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
    return e.error().respond(HttpStatus.BAD_REQUEST);
  }

  @ExceptionHandler({MultipartException.class, MethodArgumentTypeMismatchException.class})
  ResponseEntity<Object> malformedRequest(Exception e) {
    log.debug("Malformed request: {}", e.toString());
    return ApiError.of(RequestError.MALFORMED).respond(HttpStatus.BAD_REQUEST);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    return e.error().respond(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<Object> tooMany(TooManyRequestsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, "60")
        .contentType(MediaType.APPLICATION_JSON)
        .body(e.error());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<Object> conflict(ConflictException e) {
    return e.error().respond(HttpStatus.CONFLICT);
  }

  /** A call the desk made to WeChat on the user's behalf was refused; WeChat's errcode says why. */
  @ExceptionHandler(WxErrorException.class)
  ResponseEntity<Object> weChatRefused(WxErrorException e) {
    ApiError error =
        e.getError() == null
            ? ApiError.of(RequestError.WECHAT_UNREACHABLE, "detail", e.getMessage())
            : ApiError.of(
                RequestError.WECHAT_REFUSED,
                "errcode",
                e.getError().getErrorCode(),
                "errmsg",
                e.getError().getErrorMsg());
    return error.respond(HttpStatus.BAD_GATEWAY);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> denied(AccessDeniedException e) {
    return ApiError.of(RequestError.FORBIDDEN).respond(HttpStatus.FORBIDDEN);
  }

  /** The desk's own failure: logged whole, answered without internals. */
  @ExceptionHandler(RuntimeException.class)
  ResponseEntity<Object> failed(RuntimeException e) {
    log.error("Request failed", e);
    return ApiError.of(RequestError.FAILED).respond(HttpStatus.INTERNAL_SERVER_ERROR);
  }

  /**
   * Spring MVC's own refusals (unreadable body, wrong method, missing parameter, …), in the API's
   * shape.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_JSON)
        .body(refusal(e, status));
  }

  private static ApiError refusal(Exception e, HttpStatusCode status) {
    if (e instanceof HttpMessageNotReadableException) {
      return ApiError.of(RequestError.UNREADABLE_BODY);
    }
    return switch (status.value()) {
      case 400 -> ApiError.of(RequestError.MALFORMED);
      case 404 -> ApiError.of(RequestError.NOT_FOUND);
      case 405 -> ApiError.of(RequestError.METHOD_NOT_ALLOWED);
      case 415 -> ApiError.of(RequestError.UNSUPPORTED_MEDIA_TYPE);
      default -> ApiError.of(RequestError.REFUSED, "status", status.value());
    };
  }
}
