package org.wechatdesk.channel.wechat.inbound;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused push is answered in plain text with its status, for WeChat's console and whoever reads
 * it there; the desk's API error shape is for the desk's own clients.
 */
@RestControllerAdvice(assignableTypes = {PushController.class, ComponentPushController.class})
class PushRejections {

  private static final Logger log = LoggerFactory.getLogger(PushRejections.class);

  @ExceptionHandler(PushRejectedException.class)
  ResponseEntity<String> rejected(PushRejectedException e, HttpServletRequest request) {
    log.warn(
        "Push rejected ({}) from {} on {}: {}",
        e.status().value(),
        request.getRemoteAddr(),
        request.getRequestURI(),
        e.getMessage());
    return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }

  @ExceptionHandler(MalformedPushException.class)
  ResponseEntity<String> malformed(MalformedPushException e, HttpServletRequest request) {
    log.warn(
        "Push rejected (400) from {} on {}: {}",
        request.getRemoteAddr(),
        request.getRequestURI(),
        e.getMessage());
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }
}
