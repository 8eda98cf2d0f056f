package org.wechatdesk.routing.agent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.routing.AgentStatus;

/** Admins set any agent's presence, limit, queues and skills. */
@RestController
@RequestMapping("/api/admin/agents")
class AgentAdminController {

  private final AgentProfiles agents;
  private final AuditLog audit;

  AgentAdminController(AgentProfiles agents, AuditLog audit) {
    this.agents = agents;
    this.audit = audit;
  }

  @GetMapping
  List<AgentView> list() {
    return agents.all().stream().map(AgentView::of).toList();
  }

  @GetMapping("/{userId}/profile")
  AgentView get(@PathVariable long userId) {
    return AgentView.of(agents.settings(userId));
  }

  /** A user without a profile yet gets one; the audit then has no "before". */
  @PutMapping("/{userId}/profile")
  @Transactional
  AgentView put(@PathVariable long userId, @RequestBody ProfileRequest request) {
    AgentView before = agents.exists(userId) ? AgentView.of(agents.settings(userId)) : null;
    agents.saveSettings(userId, request.status(), request.maxConcurrent(), request.queueIds(), request.skills());
    AgentView after = AgentView.of(agents.settings(userId));
    audit.record("agent.profile", AuditTarget.AGENT, userId, before, after);
    return after;
  }

  record ProfileRequest(String status, Integer maxConcurrent, Set<Long> queueIds, Map<String, Integer> skills) {}

  record AgentView(long userId, String username, String displayName, AgentStatus status, int maxConcurrent,
                   int activeCount, Instant lastAssignedAt, List<Long> queueIds, Map<String, Integer> skills) {
    static AgentView of(AgentProfiles.Settings settings) {
      AgentProfile p = settings.profile();
      return new AgentView(p.userId(), p.username(), p.displayName(), p.status(), p.maxConcurrent(), p.activeCount(),
          p.lastAssignedAt(), settings.queueIds(), settings.skills());
    }
  }
}
