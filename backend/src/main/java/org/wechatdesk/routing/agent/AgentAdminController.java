package org.wechatdesk.routing.agent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.routing.terms.AgentStatus;

/** Admins set any agent's presence, limit, queues and skills. */
@RestController
@RequestMapping("/api/admin/agents")
class AgentAdminController {

  private final AgentProfiles agents;

  AgentAdminController(AgentProfiles agents) {
    this.agents = agents;
  }

  @GetMapping
  List<AgentView> list() {
    return agents.all().stream().map(AgentView::of).toList();
  }

  @GetMapping("/{userId}/profile")
  AgentView get(@PathVariable long userId) {
    return AgentView.of(agents.settings(userId));
  }

  /**
   * Not transactional itself: the answer is read after the commit, which assigns waiting visitors.
   */
  @PutMapping("/{userId}/profile")
  AgentView put(@PathVariable long userId, @RequestBody ProfileRequest request) {
    agents.saveSettings(
        userId, request.status(), request.maxConcurrent(), request.queueIds(), request.skills());
    return AgentView.of(agents.settings(userId));
  }

  record ProfileRequest(
      String status, Integer maxConcurrent, Set<Long> queueIds, Map<String, Integer> skills) {}

  record AgentView(
      long userId,
      String username,
      String displayName,
      AgentStatus status,
      int maxConcurrent,
      int activeCount,
      @Nullable Instant lastAssignedAt,
      List<Long> queueIds,
      Map<String, Integer> skills) {
    static AgentView of(AgentProfiles.Settings settings) {
      AgentProfile p = settings.profile();
      return new AgentView(
          p.userId(),
          p.username(),
          p.displayName(),
          p.status(),
          p.maxConcurrent(),
          p.activeCount(),
          p.lastAssignedAt(),
          settings.queueIds(),
          settings.skills());
    }
  }
}
