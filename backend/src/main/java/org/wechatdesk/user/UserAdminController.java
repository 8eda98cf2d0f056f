package org.wechatdesk.user;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;
import org.wechatdesk.system.VisibleText;

/**
 * Desk users for admins: create agents and admins, rename them, set their picture, reset their
 * password, disable and enable them. A disabled user cannot log in and is not assigned
 * conversations.
 */
@RestController
@RequestMapping("/api/admin/users")
class UserAdminController {

  static final int MIN_PASSWORD = 8;

  /** BCrypt reads no more than 72 bytes; a longer password would be silently cut. */
  static final int MAX_PASSWORD = 72;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,64}");

  private final DeskUserRepository users;
  private final PasswordEncoder encoder;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final LoginThrottle throttle;

  UserAdminController(
      DeskUserRepository users,
      PasswordEncoder encoder,
      ApplicationEventPublisher events,
      AuditLog audit,
      LoginThrottle throttle) {
    this.throttle = throttle;
    this.users = users;
    this.encoder = encoder;
    this.events = events;
    this.audit = audit;
  }

  @GetMapping
  List<UserView> list() {
    return users.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  UserView create(@RequestBody NewUser request) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
      errors.put("username", ApiError.of(UserError.USERNAME_FORMAT));
    }
    checkDisplayName(errors, request.displayName());
    checkPassword(errors, request.password());
    Role role = role(errors, request.role());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    long id;
    try {
      id =
          users.insert(
              request.username(),
              encoder.encode(request.password()),
              request.displayName().strip(),
              role);
    } catch (DuplicateKeyException e) {
      throw InvalidInputException.of("username", UserError.USERNAME_TAKEN);
    }
    events.publishEvent(new UserCreated(id, role));
    UserView created = find(id);
    audit.record("user.create", AuditTarget.USER, id, null, created);
    return created;
  }

  /**
   * Display name, picture and whether the user may work; an admin cannot disable their own login.
   */
  @PutMapping("/{id}")
  @Transactional
  UserView update(@PathVariable long id, @RequestBody UserChange request, Authentication admin) {
    UserView before = find(id);
    Map<String, ApiError> errors = new LinkedHashMap<>();
    checkDisplayName(errors, request.displayName());
    String avatarUrl =
        request.avatarUrl() == null || request.avatarUrl().isBlank()
            ? null
            : request.avatarUrl().strip();
    if (avatarUrl != null && !isHttpsUrl(avatarUrl) && !Avatars.isUploaded(avatarUrl)) {
      errors.put("avatarUrl", ApiError.of(UserError.AVATAR_URL));
    }
    if (!request.enabled() && before.username().equals(admin.getName())) {
      errors.put("enabled", ApiError.of(UserError.CANNOT_DISABLE_SELF));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    users.update(id, request.displayName().strip(), avatarUrl, request.enabled());
    if (before.enabled() && !request.enabled()) {
      events.publishEvent(new UserDisabled(id));
    }
    UserView after = find(id);
    audit.record("user.update", AuditTarget.USER, id, before, after);
    return after;
  }

  /**
   * Sets a new password for a user who forgot theirs, and lifts a lock-out from failed logins since
   * the admin has just handed them a password that works.
   */
  @PutMapping("/{id}/password")
  @Transactional
  ResponseEntity<Void> resetPassword(@PathVariable long id, @RequestBody PasswordReset request) {
    UserView user = find(id);
    Map<String, ApiError> errors = new LinkedHashMap<>();
    checkPassword(errors, request.password());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    users.resetPassword(id, encoder.encode(request.password()));
    throttle.forget(user.username());
    audit.record(
        "user.password-reset", AuditTarget.USER, id, null, Map.of("passwordChanged", true));
    return ResponseEntity.noContent().build();
  }

  private UserView find(long id) {
    return users.view(id).orElseThrow(() -> new NotFoundException(UserError.NOT_FOUND, "id", id));
  }

  private static void checkDisplayName(Map<String, ApiError> errors, String displayName) {
    if (displayName == null || displayName.isBlank() || displayName.strip().length() > 64) {
      errors.put("displayName", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
    } else if (VisibleText.hasHidden(displayName)) {
      // Fans see the name ("客服 X 为您服务"): a bidi override in it would show them something else.
      errors.put("displayName", ApiError.of(InputError.HIDDEN_CHARACTERS));
    }
  }

  private static void checkPassword(Map<String, ApiError> errors, String password) {
    if (password == null
        || password.length() < MIN_PASSWORD
        || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD) {
      errors.put(
          "password", ApiError.of(InputError.LENGTH, "min", MIN_PASSWORD, "max", MAX_PASSWORD));
    }
  }

  private static Role role(Map<String, ApiError> errors, String role) {
    for (Role value : Role.values()) {
      if (value.name().equals(role)) {
        return value;
      }
    }
    errors.put("role", ApiError.of(InputError.ONE_OF, "values", "ADMIN, AGENT, SUPERVISOR"));
    return null;
  }

  private static boolean isHttpsUrl(String value) {
    if (value.length() > 500) {
      return false;
    }
    try {
      URI uri = new URI(value);
      return "https".equals(uri.getScheme()) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  record NewUser(String username, String displayName, String password, String role) {
    @Override
    public String toString() {
      return "NewUser[" + username + ", " + role + "]";
    }
  }

  record UserChange(String displayName, @Nullable String avatarUrl, boolean enabled) {}

  record PasswordReset(String password) {
    @Override
    public String toString() {
      return "PasswordReset[redacted]";
    }
  }
}
