package org.wechatdesk.system;

import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(InvalidInputException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError invalid(InvalidInputException e) {
    return new ApiError(e.getMessage(), e.fields());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError unreadable(HttpMessageNotReadableException e) {
    return ApiError.of("The request body is not valid JSON of the expected shape");
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ApiError notFound(NotFoundException e) {
    return ApiError.of(e.getMessage());
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<ApiError> tooMany(TooManyRequestsException e) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60").body(ApiError.of(e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  ApiError conflict(ConflictException e) {
    return new ApiError(e.getMessage(), Map.of("reason", e.reason()));
  }

  /** A call the desk made to WeChat on the user's behalf was refused; WeChat's errcode says why. */
  @ExceptionHandler(WxErrorException.class)
  @ResponseStatus(HttpStatus.BAD_GATEWAY)
  ApiError weChatRefused(WxErrorException e) {
    return ApiError.of("WeChat refused the call / 微信拒绝了请求: " + (e.getError() == null ? e.getMessage()
        : "errcode " + e.getError().getErrorCode() + " " + e.getError().getErrorMsg()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  ApiError denied(AccessDeniedException e) {
    return ApiError.of("Forbidden / 无权访问");
  }
}
