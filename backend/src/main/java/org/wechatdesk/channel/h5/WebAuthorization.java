package org.wechatdesk.channel.h5;

import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.bean.WxOAuth2UserInfo;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.service.WxOAuth2Service;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.component.ComponentWebAuthorization;
import org.wechatdesk.channel.wechat.token.WeChatClients;

/**
 * WeChat's web authorization (网页授权) for the H5 chat page: the page WeChat shows the visitor, and
 * the exchange of the code it sends back for the visitor's openid (and, with consent, nickname and
 * avatar); through the third-party platform for an account bound by QR code.
 */
@Component
class WebAuthorization {

  private final WeChatClients clients;
  private final ComponentWebAuthorization onBehalf;

  WebAuthorization(WeChatClients clients, ComponentWebAuthorization onBehalf) {
    this.clients = clients;
    this.onBehalf = onBehalf;
  }

  /**
   * Where to send the visitor's browser; WeChat sends it back to {@code returnUrl} with a code and
   * the state.
   */
  String authorizeUrl(OfficialAccount account, String returnUrl, String state) {
    String scope =
        account.h5Authorization() == H5Authorization.USERINFO
            ? WxConsts.OAuth2Scope.SNSAPI_USERINFO
            : WxConsts.OAuth2Scope.SNSAPI_BASE;
    // An account bound by QR code has no AppSecret: the platform authorizes on its behalf.
    return account.authorizedThroughComponent()
        ? onBehalf.authorizeUrl(account.appId(), returnUrl, scope, state)
        : oauth(account).buildAuthorizationUrl(returnUrl, scope, state);
  }

  /**
   * Who the code stands for. The code is single-use and lives five minutes. A "snapshot" visitor
   * (WeChat's preview of a page opened from Moments without consent) has no real openid and is
   * refused.
   */
  Identity identify(OfficialAccount account, String code)
      throws WxErrorException, SnapshotVisitorException {
    WxOAuth2AccessToken token =
        account.authorizedThroughComponent()
            ? onBehalf.exchange(account.appId(), code)
            : oauth(account).getAccessToken(code);
    if (token.getSnapshotUser() != null && token.getSnapshotUser() == 1) {
      throw new SnapshotVisitorException();
    }
    boolean consented =
        token.getScope() != null && token.getScope().contains(WxConsts.OAuth2Scope.SNSAPI_USERINFO);
    if (!consented) {
      return new Identity(token.getOpenId(), null, null);
    }
    WxOAuth2UserInfo user = oauth(account).getUserInfo(token, "zh_CN");
    return new Identity(token.getOpenId(), user.getNickname(), user.getHeadImgUrl());
  }

  private WxOAuth2Service oauth(OfficialAccount account) {
    return clients.forAccount(account).getOAuth2Service();
  }

  record Identity(String openid, String nickname, String avatarUrl) {}

  static class SnapshotVisitorException extends Exception {
    SnapshotVisitorException() {
      super("WeChat gave a snapshot visitor, who has not opened the page in full");
    }
  }
}
