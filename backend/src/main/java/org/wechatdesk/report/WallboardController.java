package org.wechatdesk.report;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The wallboard as it is now; screens then follow it on the STOMP destination {@code
 * /queue/wallboard}, which carries a fresh one after each change.
 */
@RestController
@RequestMapping("/api/wallboard")
class WallboardController {

  private final WallboardQueries wallboard;

  WallboardController(WallboardQueries wallboard) {
    this.wallboard = wallboard;
  }

  @GetMapping
  Wallboard wallboard() {
    return wallboard.now();
  }
}
