package org.wechatdesk.routing.agent;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the transfer dialog offers: queues and their online agents with their load, the caller left
 * out (handing a conversation to oneself is refused anyway).
 */
@RestController
class TransferTargetsController {

  private final TransferTargets targets;

  TransferTargetsController(TransferTargets targets) {
    this.targets = targets;
  }

  @GetMapping("/api/transfer-targets")
  List<TransferTargets.TargetQueue> list(Authentication user) {
    return targets.all().stream().map(queue -> queue.without(user.getName())).toList();
  }
}
