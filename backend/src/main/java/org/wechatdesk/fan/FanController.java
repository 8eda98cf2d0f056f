package org.wechatdesk.fan;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.NotFoundException;

@RestController
class FanController {

  private final FanRepository fans;
  private final FanQuota quota;
  private final FanDirectory directory;
  private final FanAccess access;

  FanController(FanRepository fans, FanQuota quota, FanDirectory directory, FanAccess access) {
    this.access = access;
    this.fans = fans;
    this.quota = quota;
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

  @GetMapping("/api/fans/{id}")
  FanView get(@PathVariable long id, Authentication user) {
    Fan fan =
        fans.findById(id).orElseThrow(() -> new NotFoundException(FanError.NOT_FOUND, "id", id));
    access.requireServes(id, user);
    return new FanView(fan, quota.of(fan));
  }

  record FanView(Fan fan, FanQuota.Status quota) {}
}
