package org.wechatdesk.channel.wechat.component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.system.ConflictException;

/**
 * Binding an account by its admin's authorization (扫码授权): a pre_auth_code opens WeChat's
 * authorization page, where the admin scans the QR code and picks the account and permissions;
 * WeChat sends the browser back with an auth_code, exchanged for the authorizer's tokens and
 * information. Only verified subscription and service accounts are accepted.
 */
@Service
public class Authorizations {

  /** verify_type_info -1: not verified; 0 to 5 are WeChat's kinds of verification. */
  private static final int UNVERIFIED = -1;

  private final ComponentTokens tokens;
  private final ComponentApi api;
  private final AuthorizationStates states;
  private final AuthorizerRepository authorizers;
  private final AccountService accounts;
  private final AuditLog audit;
  private final TransactionTemplate transactions;
  private final String loginPageHost;
  private final String publicBaseUrl;

  Authorizations(
      ComponentTokens tokens,
      ComponentApi api,
      AuthorizationStates states,
      AuthorizerRepository authorizers,
      AccountService accounts,
      AuditLog audit,
      TransactionTemplate transactions,
      WeChatProperties properties,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.tokens = tokens;
    this.api = api;
    this.states = states;
    this.authorizers = authorizers;
    this.accounts = accounts;
    this.audit = audit;
    this.transactions = transactions;
    this.loginPageHost = properties.componentLoginHost().replaceAll("/+$", "");
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  /** WeChat's authorization page for a new pre_auth_code, returning to the desk's callback. */
  public String start() {
    ComponentSettings settings = tokens.settings();
    String preAuthCode = api.preAuthCode(settings.appId(), tokens.current());
    String callback = publicBaseUrl + AuthorizationController.CALLBACK + "?state=" + states.open();
    // auth_type 1: Official Accounts only (2 would be Mini Programs).
    return loginPageHost
        + "/cgi-bin/componentloginpage?component_appid="
        + settings.appId()
        + "&pre_auth_code="
        + URLEncoder.encode(preAuthCode, StandardCharsets.UTF_8)
        + "&redirect_uri="
        + URLEncoder.encode(callback, StandardCharsets.UTF_8)
        + "&auth_type=1";
  }

  /**
   * WeChat's return with the auth_code: the account is bound, or the reason it is not thrown. The
   * state is taken first, on its own, so that a failed binding does not make it usable again.
   */
  public OfficialAccount complete(String state, String authCode) {
    if (!states.take(state)) {
      throw new ConflictException(ComponentError.STATE_INVALID);
    }
    if (authCode == null || authCode.isBlank()) {
      throw new ConflictException(ComponentError.AUTHORIZATION_MISSING);
    }
    return transactions.execute(status -> bind(authCode));
  }

  private OfficialAccount bind(String authCode) {
    ComponentSettings settings = tokens.settings();
    String componentToken = tokens.current();
    ComponentApi.Authorization authorization =
        api.queryAuth(settings.appId(), componentToken, authCode);
    ComponentApi.AuthorizerInfo info =
        api.authorizerInfo(settings.appId(), componentToken, authorization.authorizerAppId());
    if (info.verifyType() == UNVERIFIED) {
      throw new ConflictException(
          ComponentError.NOT_VERIFIED,
          "serviceType",
          info.serviceType(),
          "verifyType",
          info.verifyType());
    }
    OfficialAccount account =
        accounts.bindAuthorized(
            info.nickName(), info.originalId(), authorization.authorizerAppId());
    authorizers.save(account.id(), authorization.refreshToken(), info);
    audit.record(
        "account.authorize",
        AuditTarget.ACCOUNT,
        account.id(),
        null,
        new Bound(account.appId(), account.name(), account.originalId(), info.funcIds()));
    // The authorizer access token of the answer is not kept: the account's client gets its own
    // from the refresh token under the account's token lease, like every later one.
    return account;
  }

  /** What the audit keeps of a binding by authorization: who was bound and what was granted. */
  record Bound(String appId, String name, String originalId, List<Integer> funcIds) {}
}
