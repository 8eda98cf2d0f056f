package org.wechatdesk.fan.directory;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FanDirectoryController {

  private final FanDirectory directory;

  FanDirectoryController(FanDirectory directory) {
    this.directory = directory;
  }

  /**
   * The fan list of agents and admins; {@code q} matches nickname or openid, {@code tag} a tag
   * name.
   */
  @GetMapping("/api/fans")
  FanDirectory.FanPage list(
      @RequestParam(required = false) Long accountId,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String tag,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return directory.search(accountId, q, tag, Math.max(0, page), Math.max(1, Math.min(size, 100)));
  }
}
