package org.wechatdesk.conversation.rating;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.ApiError;

/**
 * The rating page's API. Fans have no desk login, so this is the one API open without one: the
 * unguessable token in the template message's link is the credential, and it only rates its own
 * conversation while the invitation is open.
 */
@RestController
@RequestMapping("/api/rating-page/{token}")
class RatingPageController {

  private final RatingPage page;

  RatingPageController(RatingPage page) {
    this.page = page;
  }

  record RatingRequest(Integer rating, Boolean solved) {}

  @GetMapping
  RatingPage.View view(@PathVariable String token) {
    return page.view(token);
  }

  @PostMapping
  RatingPage.View rate(@PathVariable String token, @RequestBody RatingRequest request) {
    return page.rate(token, request.rating(), request.solved());
  }

  @ExceptionHandler(RatingPage.InvitationClosedException.class)
  @ResponseStatus(HttpStatus.GONE)
  ApiError closed(RatingPage.InvitationClosedException e) {
    return ApiError.of(e.getMessage());
  }
}
