package org.wechatdesk.standin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the open platform keeps for third-party platforms ("components"): the verify ticket it last
 * pushed, the pre_auth_codes and authorization codes it issued (a pre_auth_code lives 1800 s, an
 * authorization code 600 s and is taken once), and each account's authorization with its refresh
 * token, which api_authorizer_token takes and which stays the same from one refresh to the next.
 */
final class ComponentAuthorizations {

  static final Duration PRE_AUTH_CODE_LIFETIME = Duration.ofSeconds(1800);
  static final Duration AUTH_CODE_LIFETIME = Duration.ofSeconds(600);

  private final Clock clock;
  private final Map<String, String> tickets = new ConcurrentHashMap<>();
  private final Map<String, Expiring> preAuthCodes = new ConcurrentHashMap<>();
  private final Map<String, Expiring> authCodes = new ConcurrentHashMap<>();
  private final Map<String, Authorizer> authorizers = new ConcurrentHashMap<>();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();
  private volatile String nextAuthorizer;

  ComponentAuthorizations(Clock clock) {
    this.clock = clock;
  }

  /** A new ticket, as pushed every 10 minutes; the one before stays good, as WeChat's does. */
  String issueTicket(String componentAppId) {
    String ticket = "ticket@@@" + componentAppId + "-" + counter.incrementAndGet();
    tickets.merge(componentAppId, ticket, (older, newer) -> older + "\n" + newer);
    return ticket;
  }

  void checkTicket(String componentAppId, String ticket) {
    String known = tickets.getOrDefault(componentAppId, "");
    if (ticket.isEmpty() || !List.of(known.split("\n")).contains(ticket)) {
      throw new Refusal(WeChatError.COMPONENT_TICKET_INVALID);
    }
  }

  String issuePreAuthCode(String componentAppId) {
    String code = "preauthcode@@@" + counter.incrementAndGet();
    preAuthCodes.put(
        code, new Expiring(componentAppId, clock.instant().plus(PRE_AUTH_CODE_LIFETIME)));
    return code;
  }

  /** An account WeChat knows, with what its admin will grant on the authorization page. */
  void putAuthorizer(Authorizer authorizer) {
    authorizers.put(authorizer.appId(), authorizer);
  }

  Optional<Authorizer> authorizer(String appId) {
    return Optional.ofNullable(authorizers.get(appId));
  }

  /** The account whose admin scans the next QR code; without one, nobody scans. */
  void nextAuthorizerIs(String appId) {
    nextAuthorizer = appId;
  }

  Optional<String> nextAuthorizer() {
    return Optional.ofNullable(nextAuthorizer);
  }

  /**
   * The admin picked the account on the page of this pre_auth_code: its authorization code. The
   * page refuses an unknown or expired pre_auth_code.
   */
  Optional<String> authorize(String componentAppId, String preAuthCode, String authorizerAppId) {
    Expiring pre = preAuthCodes.get(preAuthCode);
    if (pre == null
        || !pre.owner().equals(componentAppId)
        || !clock.instant().isBefore(pre.expiresAt())
        || !authorizers.containsKey(authorizerAppId)) {
      return Optional.empty();
    }
    return Optional.of(authCode(componentAppId, authorizerAppId));
  }

  /** An authorization code as WeChat's release check hands one out, without the page. */
  String authCode(String componentAppId, String authorizerAppId) {
    String code = "queryauthcode@@@" + counter.incrementAndGet();
    authCodes.put(
        code,
        new Expiring(
            componentAppId + "/" + authorizerAppId, clock.instant().plus(AUTH_CODE_LIFETIME)));
    grants.putIfAbsent(
        componentAppId + "/" + authorizerAppId,
        new Grant("refreshtoken@@@" + counter.incrementAndGet(), true));
    grants.computeIfPresent(
        componentAppId + "/" + authorizerAppId, (key, grant) -> grant.renewed());
    return code;
  }

  /** api_query_auth: the authorizer of a live, unused code. */
  String redeem(String componentAppId, String code) {
    Expiring issued = authCodes.remove(code);
    if (issued == null
        || !issued.owner().startsWith(componentAppId + "/")
        || !clock.instant().isBefore(issued.expiresAt())) {
      throw new Refusal(WeChatError.AUTH_CODE_INVALID);
    }
    return issued.owner().substring(componentAppId.length() + 1);
  }

  /** The refresh token of an authorization in force; 61003 once the account withdrew it. */
  String refreshToken(String componentAppId, String authorizerAppId) {
    Grant grant = grants.get(componentAppId + "/" + authorizerAppId);
    if (grant == null || !grant.active()) {
      throw new Refusal(WeChatError.COMPONENT_NOT_AUTHORIZED);
    }
    return grant.refreshToken();
  }

  /** The account's admin cancelled the authorization in WeChat. */
  void unauthorize(String componentAppId, String authorizerAppId) {
    grants.computeIfPresent(
        componentAppId + "/" + authorizerAppId,
        (key, grant) -> new Grant(grant.refreshToken(), false));
  }

  /** funcIds are WeChat's permission sets (1 message management, 4 web services, …). */
  record Authorizer(
      String appId,
      String nickName,
      String originalId,
      int serviceType,
      int verifyType,
      List<Integer> funcIds) {}

  private record Expiring(String owner, Instant expiresAt) {}

  private record Grant(String refreshToken, boolean active) {
    Grant renewed() {
      return new Grant(refreshToken, true);
    }
  }
}
