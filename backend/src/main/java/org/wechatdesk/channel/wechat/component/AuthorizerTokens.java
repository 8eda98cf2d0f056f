package org.wechatdesk.channel.wechat.component;

import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.token.AuthorizerTokenSource;
import org.wechatdesk.system.ConflictException;

/**
 * Authorizer access tokens from the stored refresh token. WeChat does not issue the refresh token
 * again after the authorization: it is replaced only when an answer brings a new one, never after a
 * failure, so a refresh that fails (WeChat busy, the component's ticket late) loses nothing.
 */
@Component
class AuthorizerTokens implements AuthorizerTokenSource {

  /** WeChat's "api unauthorized": the account withdrew the authorization. */
  private static final int UNAUTHORIZED = 61003;

  private final ComponentTokens componentTokens;
  private final ComponentApi api;
  private final AuthorizerRepository authorizers;
  private final AccountRepository accounts;

  AuthorizerTokens(
      ComponentTokens componentTokens,
      ComponentApi api,
      AuthorizerRepository authorizers,
      AccountRepository accounts) {
    this.componentTokens = componentTokens;
    this.api = api;
    this.authorizers = authorizers;
    this.accounts = accounts;
  }

  @Override
  public IssuedToken issue(long accountId) throws WxErrorException {
    OfficialAccount account = accounts.findById(accountId).orElseThrow();
    AuthorizerRepository.Authorizer authorizer =
        authorizers
            .find(accountId)
            .filter(AuthorizerRepository.Authorizer::authorized)
            .orElseThrow(() -> refused(UNAUTHORIZED, "the account is not authorized"));
    try {
      ComponentApi.AuthorizerToken token =
          api.authorizerToken(
              componentTokens.settings().appId(),
              componentTokens.current(),
              account.appId(),
              authorizer.refreshToken());
      if (!token.refreshToken().isEmpty()
          && !token.refreshToken().equals(authorizer.refreshToken())) {
        authorizers.replaceRefreshToken(accountId, token.refreshToken());
      }
      return new IssuedToken(token.accessToken(), token.expiresIn());
    } catch (ComponentApiException e) {
      throw refused(e.errcode(), e.getMessage());
    } catch (ConflictException e) {
      // The platform not set up, or no ticket yet: a refusal the outbox treats as WeChat's.
      throw refused(-1, e.getMessage());
    }
  }

  private static WxErrorException refused(int errcode, String message) {
    return new WxErrorException(WxError.builder().errorCode(errcode).errorMsg(message).build());
  }
}
