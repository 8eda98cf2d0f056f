package org.wechatdesk.routing.agent;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logged-in agent's own status and reception limit; going online assigns waiting visitors at
 * once.
 */
@RestController
@RequestMapping("/api/agents/me/presence")
class PresenceController {

  private final AgentProfiles agents;

  PresenceController(AgentProfiles agents) {
    this.agents = agents;
  }

  @GetMapping
  AgentProfiles.Presence get(Authentication authentication) {
    return agents.presence(authentication.getName());
  }

  @PutMapping
  AgentProfiles.Presence put(@RequestBody PresenceRequest request, Authentication authentication) {
    agents.setPresence(authentication.getName(), request.status(), request.maxConcurrent());
    return agents.presence(authentication.getName());
  }

  record PresenceRequest(String status, Integer maxConcurrent) {}
}
