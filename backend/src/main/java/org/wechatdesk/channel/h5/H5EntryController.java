package org.wechatdesk.channel.h5;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.system.TransportSecurity;

/**
 * The H5 chat link an account puts in its custom menu, {@code /h5/{appId}}: identifies the visitor
 * (by WeChat's web authorization, or anonymously when the account has none) and opens the chat
 * page.
 */
@RestController
class H5EntryController {

  static final String CHAT_PAGE = "/#/h5";
  static final String STATE_COOKIE = "DESK_H5_STATE";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final Logger log = LoggerFactory.getLogger(H5EntryController.class);

  private final AccountRepository accounts;
  private final FanRepository fans;
  private final FanProfiles profiles;
  private final WebAuthorization authorization;
  private final VisitorCookie visitorCookie;
  private final VisitorRegions regions;
  private final VisitorRateLimits limits;
  private final WebAuthorizationStates states;
  private final TransportSecurity transport;
  private final String publicBaseUrl;
  private final SecureRandom random = new SecureRandom();

  H5EntryController(
      AccountRepository accounts,
      FanRepository fans,
      FanProfiles profiles,
      WebAuthorization authorization,
      VisitorCookie visitorCookie,
      VisitorRegions regions,
      VisitorRateLimits limits,
      WebAuthorizationStates states,
      TransportSecurity transport,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.limits = limits;
    this.states = states;
    this.transport = transport;
    this.accounts = accounts;
    this.fans = fans;
    this.profiles = profiles;
    this.authorization = authorization;
    this.visitorCookie = visitorCookie;
    this.regions = regions;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping("/h5/{appId}")
  ResponseEntity<String> enter(
      @PathVariable String appId, HttpServletRequest request, HttpServletResponse response) {
    Optional<OfficialAccount> found = accounts.findByAppId(appId);
    if (found.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          FanPageText.NO_SUCH_ACCOUNT.forBrowser(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
    OfficialAccount account = found.get();
    if (!account.serving()) {
      return page(
          HttpStatus.SERVICE_UNAVAILABLE,
          FanPageText.SERVICE_PAUSED.forBrowser(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
    if (visitorCookie
        .read(request)
        .filter(visitor -> visitor.accountId() == account.id())
        .isPresent()) {
      return redirect(CHAT_PAGE);
    }
    if (account.h5Authorization() == H5Authorization.NONE) {
      if (!limits.allowNewVisitor(request.getRemoteAddr())) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
            .header(
                HttpHeaders.RETRY_AFTER,
                Long.toString(VisitorRateLimits.NEW_VISITOR_WINDOW.toSeconds()))
            .contentType(HTML)
            .body(
                html(
                    FanPageText.TOO_MANY_NEW_VISITORS.forBrowser(
                        request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
      }
      Fan visitor = fans.createWebVisitor(account.id(), "h5_" + randomHex(16));
      profiles.recordRegion(visitor.id(), regions.of(request.getRemoteAddr()).orElse(null));
      visitorCookie.issue(
          new H5Visitor(account.id(), visitor.id()), account.h5Authorization(), request, response);
      return redirect(CHAT_PAGE);
    }
    String state = states.open(appId);
    response.addHeader(
        "Set-Cookie",
        ResponseCookie.from(STATE_COOKIE, state)
            .path("/h5/" + appId)
            .httpOnly(true)
            .secure(transport.secure(request))
            .sameSite("Lax")
            .maxAge(WebAuthorizationStates.LIFETIME)
            .build()
            .toString());
    return redirect(
        authorization.authorizeUrl(account, publicBaseUrl + "/h5/" + appId + "/authorized", state));
  }

  /**
   * WeChat's return. The state must be the one this browser was given, so that nobody can make a
   * visitor's browser sign in as someone else with a code of their own, and is taken once.
   */
  @GetMapping("/h5/{appId}/authorized")
  ResponseEntity<String> authorized(
      @PathVariable String appId,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String state,
      HttpServletRequest request,
      HttpServletResponse response) {
    Optional<OfficialAccount> found = accounts.findByAppId(appId);
    if (found.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          FanPageText.NO_SUCH_ACCOUNT.forBrowser(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
    OfficialAccount account = found.get();
    if (!account.serving()) {
      return page(
          HttpStatus.SERVICE_UNAVAILABLE,
          FanPageText.SERVICE_PAUSED.forBrowser(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
    }
    String expectedState = stateCookie(request);
    if (code == null
        || code.isBlank()
        || state == null
        || expectedState == null
        || !expectedState.equals(state)
        || !states.take(appId, state)) {
      return redirect(CHAT_PAGE + "?failed=oauth");
    }
    response.addHeader(
        "Set-Cookie",
        ResponseCookie.from(STATE_COOKIE, "")
            .path("/h5/" + appId)
            .maxAge(0)
            .secure(transport.secure(request))
            .build()
            .toString());
    WebAuthorization.Identity identity;
    try {
      identity = authorization.identify(account, code);
    } catch (WxErrorException e) {
      log.info(
          "Account {}: web authorization refused (errcode {})",
          account.id(),
          e.getError().getErrorCode());
      return redirect(CHAT_PAGE + "?failed=oauth");
    } catch (WebAuthorization.SnapshotVisitorException e) {
      return redirect(CHAT_PAGE + "?failed=snapshot");
    }
    Fan fan = fans.findOrCreate(account.id(), identity.openid());
    if (identity.nickname() != null || identity.avatarUrl() != null) {
      profiles.recordFromWeChat(fan.id(), identity.nickname(), identity.avatarUrl());
    }
    regions
        .of(request.getRemoteAddr())
        .ifPresent(region -> profiles.recordRegion(fan.id(), region));
    visitorCookie.issue(
        new H5Visitor(account.id(), fan.id()), account.h5Authorization(), request, response);
    return redirect(CHAT_PAGE);
  }

  private static String stateCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? null
        : Arrays.stream(cookies)
            .filter(c -> STATE_COOKIE.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst()
            .orElse(null);
  }

  private String randomHex(int bytes) {
    byte[] value = new byte[bytes];
    random.nextBytes(value);
    return HexFormat.of().formatHex(value);
  }

  private static ResponseEntity<String> redirect(String location) {
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).build();
  }

  private static ResponseEntity<String> page(HttpStatus status, String text) {
    return ResponseEntity.status(status).contentType(HTML).body(html(text));
  }

  private static String html(String text) {
    return "<!doctype html><meta charset=utf-8><meta name=viewport content=\"width=device-width\"><p>"
        + text
        + "</p>";
  }
}
