package org.wechatdesk.fan;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.NotFoundException;

@RestController
class FanController {

  private final FanRepository fans;
  private final FanQuota quota;
  private final FanAccess access;

  FanController(FanRepository fans, FanQuota quota, FanAccess access) {
    this.access = access;
    this.fans = fans;
    this.quota = quota;
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
