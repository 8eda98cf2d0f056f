package org.wechatdesk.conversation.rating;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

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

  /**
   * Kept as JSON so that only a whole number and a boolean pass: Jackson would turn 1.5 and "3"
   * into 1 and 3.
   */
  record RatingRequest(JsonNode rating, JsonNode solved) {

    Integer wholeRating() {
      if (rating == null || rating.isNull()) {
        return null;
      }
      if (!rating.isIntegralNumber() || !rating.canConvertToInt()) {
        throw InvalidInputException.of("rating", InputError.INTEGER);
      }
      return rating.intValue();
    }

    Boolean solvedAnswer() {
      if (solved == null || solved.isNull()) {
        return null;
      }
      if (!solved.isBoolean()) {
        throw InvalidInputException.of("solved", InputError.BOOLEAN);
      }
      return solved.booleanValue();
    }
  }

  @GetMapping
  RatingPage.View view(@PathVariable String token) {
    return page.view(token);
  }

  @PostMapping
  RatingPage.View rate(@PathVariable String token, @RequestBody RatingRequest request) {
    return page.rate(token, request.wholeRating(), request.solvedAnswer());
  }

  @ExceptionHandler(RatingPage.InvitationClosedException.class)
  ResponseEntity<Object> closed(RatingPage.InvitationClosedException e) {
    return e.error().respond(HttpStatus.GONE);
  }
}
