package org.wechatdesk.channel.wechat.token;

import me.chanjar.weixin.common.error.WxErrorException;

/**
 * The shared-token client of an account authorized through the third-party platform: a new token
 * comes from the {@link AuthorizerTokenSource}, still under the account's token lease, so one node
 * refreshes and the others use what it stored.
 */
class AuthorizerMpService extends SharedTokenMpService {

  private final AuthorizerTokenSource source;
  private final long accountId;

  AuthorizerMpService(AuthorizerTokenSource source, long accountId) {
    this.source = source;
    this.accountId = accountId;
  }

  @Override
  protected String fetch(boolean forceRefresh) throws WxErrorException {
    AuthorizerTokenSource.IssuedToken token = source.issue(accountId);
    getWxMpConfigStorage().updateAccessToken(token.value(), token.expiresInSeconds());
    return token.value();
  }
}
