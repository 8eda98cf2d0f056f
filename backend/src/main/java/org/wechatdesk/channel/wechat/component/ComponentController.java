package org.wechatdesk.channel.wechat.component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InvalidInputException;

/** The third-party platform's settings (admins only) and the start of an authorization. */
@RestController
@RequestMapping("/api/admin/component")
class ComponentController {

  private static final Pattern APP_ID = Pattern.compile("wx[0-9a-f]{16}");
  private static final Pattern APP_SECRET = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
  private static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");

  private final ComponentRepository component;
  private final AuthorizerRepository authorizers;
  private final Authorizations authorizations;
  private final AuditLog audit;
  private final String publicBaseUrl;

  ComponentController(
      ComponentRepository component,
      AuthorizerRepository authorizers,
      Authorizations authorizations,
      AuditLog audit,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.component = component;
    this.authorizers = authorizers;
    this.authorizations = authorizations;
    this.audit = audit;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping
  ComponentView get() {
    return view();
  }

  @PutMapping
  @Transactional
  ComponentView save(@RequestBody ComponentRequest request) {
    Optional<ComponentSettings> current = component.settings();
    Map<String, ApiError> errors = new LinkedHashMap<>();
    check(errors, "appId", request.appId(), APP_ID, ComponentError.APP_ID_FORMAT);
    if (!request.keepsAppSecret() || current.isEmpty()) {
      check(errors, "appSecret", request.appSecret(), APP_SECRET, ComponentError.APP_SECRET_FORMAT);
    }
    check(errors, "token", request.token(), TOKEN, ComponentError.TOKEN_FORMAT);
    check(
        errors,
        "encodingAesKey",
        request.encodingAesKey(),
        ENCODING_AES_KEY,
        ComponentError.AES_KEY_FORMAT);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ComponentView before = current.isPresent() ? view() : null;
    String appSecret =
        request.keepsAppSecret() ? current.orElseThrow().appSecret() : request.appSecret();
    component.save(
        new ComponentSettings(
            request.appId(), appSecret, request.token(), request.encodingAesKey()));
    ComponentView after = view();
    audit.record("component.save", AuditTarget.WECHAT_COMPONENT, request.appId(), before, after);
    return after;
  }

  /** The accounts bound by QR code with what WeChat told of them and what their admins granted. */
  @GetMapping("/authorizers")
  List<AuthorizerView> authorizers() {
    return authorizers.findAll().stream()
        .filter(AuthorizerRepository.Authorizer::authorized)
        .map(AuthorizerView::of)
        .toList();
  }

  /** WeChat's authorization page (the QR code) for a new pre_auth_code. */
  @PostMapping("/authorizations")
  AuthorizationStart startAuthorization() {
    return new AuthorizationStart(authorizations.start());
  }

  @ExceptionHandler(ComponentApiException.class)
  ResponseEntity<Object> wechatRefused(ComponentApiException e) {
    return ApiError.of(ComponentError.WECHAT_REFUSED, "errcode", e.errcode())
        .respond(HttpStatus.BAD_GATEWAY);
  }

  private ComponentView view() {
    Optional<ComponentSettings> settings = component.settings();
    return new ComponentView(
        settings.map(ComponentSettings::appId).orElse(null),
        settings.filter(s -> !s.appSecret().isEmpty()).isPresent(),
        settings.filter(s -> !s.token().isEmpty()).isPresent(),
        settings.filter(s -> !s.encodingAesKey().isEmpty()).isPresent(),
        publicBaseUrl + "/wechat/component/events",
        publicBaseUrl + "/wechat/component/$APPID$/messages",
        component.ticket().map(ComponentRepository.Ticket::receivedAt).orElse(null));
  }

  private static void check(
      Map<String, ApiError> errors,
      String field,
      String value,
      Pattern pattern,
      ComponentError code) {
    if (value == null || !pattern.matcher(value).matches()) {
      errors.put(field, ApiError.of(code));
    }
  }

  record AuthorizationStart(String authorizationUrl) {}
}
