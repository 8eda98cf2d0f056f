package org.wechatdesk.channel.wechat.component;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What WeChat told of an account bound by QR code, for the accounts screen: its picture, kind,
 * verification and the permission sets granted. {@code messagesGranted} false means the account is
 * bound for web authorization only and its push channel is off.
 */
public record AuthorizerView(
    long accountId,
    @Nullable String headImg,
    int serviceType,
    int verifyType,
    List<Integer> funcIds,
    boolean messagesGranted,
    boolean webAuthorizationGranted) {

  static AuthorizerView of(AuthorizerRepository.Authorizer authorizer) {
    return new AuthorizerView(
        authorizer.accountId(),
        authorizer.headImg(),
        authorizer.serviceType(),
        authorizer.verifyType(),
        authorizer.funcIds(),
        authorizer.messagesGranted(),
        authorizer.authorized()
            && authorizer.funcIds().contains(AuthorizerRepository.Authorizer.WEB_SERVICES));
  }
}
