package org.wechatdesk.channel.wechat.token;

import me.chanjar.weixin.common.error.WxErrorException;

/**
 * Where an account authorized through the third-party platform gets its access token: from its
 * authorizer refresh token and the component's token, not from an AppSecret it does not have.
 */
public interface AuthorizerTokenSource {

  /** A new authorizer access token; WeChat's refusal comes as its errcode. */
  IssuedToken issue(long accountId) throws WxErrorException;

  record IssuedToken(String value, int expiresInSeconds) {}
}
