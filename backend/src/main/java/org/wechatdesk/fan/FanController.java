package org.wechatdesk.fan;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.NotFoundException;

@RestController
class FanController {

  private final FanRepository fans;
  private final FanQuota quota;

  FanController(FanRepository fans, FanQuota quota) {
    this.fans = fans;
    this.quota = quota;
  }

  @GetMapping("/api/fans")
  List<FanView> list(@RequestParam long accountId, @RequestParam(defaultValue = "50") int limit) {
    return fans.findByAccount(accountId, Math.max(1, Math.min(limit, 200))).stream()
        .map(fan -> new FanView(fan, quota.of(fan))).toList();
  }

  @GetMapping("/api/fans/{id}")
  FanView get(@PathVariable long id) {
    Fan fan = fans.findById(id).orElseThrow(() -> new NotFoundException("No fan " + id + " / 粉丝不存在"));
    return new FanView(fan, quota.of(fan));
  }

  record FanView(Fan fan, FanQuota.Status quota) {}
}
