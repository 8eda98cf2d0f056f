package org.wechatdesk.user;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ClientAddress;
import org.wechatdesk.system.DeskTimeZone;
import org.wechatdesk.system.Role;

@RestController
@RequestMapping("/api/auth")
class AuthController {

  private final AuthenticationManager authenticationManager;
  private final LoginThrottle throttle;
  private final DeskUserRepository users;
  private final ApplicationEventPublisher events;
  private final DeskTimeZone timeZone;
  private final SecurityContextRepository contextRepository =
      new HttpSessionSecurityContextRepository();

  AuthController(
      AuthenticationManager authenticationManager,
      LoginThrottle throttle,
      DeskUserRepository users,
      ApplicationEventPublisher events,
      DeskTimeZone timeZone) {
    this.authenticationManager = authenticationManager;
    this.throttle = throttle;
    this.users = users;
    this.events = events;
    this.timeZone = timeZone;
  }

  /**
   * Touching the token makes Spring Security write the XSRF-TOKEN cookie the frontend echoes back.
   */
  @GetMapping("/csrf")
  ResponseEntity<Void> csrf(CsrfToken token) {
    token.getToken();
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/login")
  @ApiResponse(
      responseCode = "200",
      description = "Logged in",
      content = @Content(schema = @Schema(implementation = Me.class)))
  ResponseEntity<?> login(
      @RequestBody Credentials credentials,
      HttpServletRequest request,
      HttpServletResponse response) {
    String username = credentials.username() == null ? "" : credentials.username().trim();
    String address = ClientAddress.budgetKey(request.getRemoteAddr());
    Optional<Duration> wait = throttle.waitBefore(username, address);
    if (wait.isPresent()) {
      // The same answer for every name, known or not, so that it tells nothing about which names
      // exist.
      long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
          .body(ApiError.of(UserError.TOO_MANY_FAILED_LOGINS, "seconds", seconds));
    }
    Authentication authentication;
    try {
      authentication =
          authenticationManager.authenticate(
              UsernamePasswordAuthenticationToken.unauthenticated(
                  username, credentials.password()));
    } catch (AuthenticationException e) {
      throttle.recordFailure(username, address);
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .body(ApiError.of(UserError.BAD_CREDENTIALS));
    }
    throttle.recordSuccess(username, address);
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contextRepository.saveContext(context, request, response);
    return ResponseEntity.ok(me(authentication));
  }

  @GetMapping("/me")
  Me me(Authentication authentication) {
    DeskUser user = users.findByUsername(authentication.getName()).orElseThrow();
    List<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .map(a -> a.replaceFirst("^ROLE_", ""))
            .toList();
    return new Me(user.username(), user.displayName(), roles, timeZone.timeZone());
  }

  @PostMapping("/logout")
  ResponseEntity<Void> logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    users
        .findByUsername(authentication.getName())
        .ifPresent(user -> events.publishEvent(new UserLoggedOut(user.id())));
    new SecurityContextLogoutHandler().logout(request, response, authentication);
    return ResponseEntity.noContent().build();
  }

  record Credentials(String username, String password) {
    @Override
    public String toString() {
      return "Credentials[" + username + "]";
    }
  }

  @Schema(name = "CurrentUser")
  record Me(
      String username,
      String displayName,
      @ArraySchema(schema = @Schema(implementation = Role.class)) List<String> roles,
      @Schema(
              description =
                  "The IANA zone (desk.time-zone) every screen shows times in, so that they agree"
                      + " with what the desk writes to fans",
              example = "Asia/Shanghai")
          String timeZone) {}
}
