package org.wechatdesk.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Signs Camunda's Cockpit in with the desk's own login, so admins need no second account. Only
 * ADMIN requests reach Cockpit at all (see SecurityConfig).
 */
public class CockpitAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(
      HttpServletRequest request, ProcessEngine engine) {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    ensureEngineUser(engine, user.getName());
    AuthenticationResult result = AuthenticationResult.successful(user.getName());
    result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
    return result;
  }

  /**
   * Cockpit looks the user up in Camunda's identity service, and sends everyone to its first-admin
   * setup page while no member of camunda-admin exists. The desk's admins are mirrored there on
   * their first visit; the random password is never used, since Cockpit's own login form is not how
   * anyone signs in.
   */
  private static void ensureEngineUser(ProcessEngine engine, String username) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(username).memberOfGroup(Groups.CAMUNDA_ADMIN).count()
        > 0) {
      return;
    }
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
      admins.setName("Camunda administrators");
      admins.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(admins);
    }
    if (identity.createUserQuery().userId(username).count() == 0) {
      User mirrored = identity.newUser(username);
      mirrored.setFirstName(username);
      mirrored.setPassword(UUID.randomUUID().toString());
      identity.saveUser(mirrored);
    }
    identity.createMembership(username, Groups.CAMUNDA_ADMIN);
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(
      HttpServletResponse response, ProcessEngine engine) {
    // The desk's login page is the challenge; Spring Security answers 401 before this is reached.
  }
}
