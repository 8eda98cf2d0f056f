package org.wechatdesk.channel.wechat.token;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.AccountCredentialsChanged;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.WeChatProperties;

/**
 * One WxJava client per bound account, built once and kept; all of them share the node's {@link
 * WeChatHttpConnections}. Clients talk to the configured API host (WeChat, or a local stand-in in
 * tests and demos).
 */
@Component
public class WeChatClients {

  private final AccessTokenRepository tokens;
  private final Clock clock;
  private final WeChatProperties properties;
  private final AuthorizerTokenSource authorizerTokens;
  private final WeChatHttpConnections connections;
  private final Map<Long, WxMpService> clients = new ConcurrentHashMap<>();

  WeChatClients(
      AccessTokenRepository tokens,
      Clock clock,
      WeChatProperties properties,
      AuthorizerTokenSource authorizerTokens,
      WeChatHttpConnections connections) {
    this.tokens = tokens;
    this.connections = connections;
    this.clock = clock;
    this.properties = properties;
    this.authorizerTokens = authorizerTokens;
  }

  public WxMpService forAccount(OfficialAccount account) {
    return clients.computeIfAbsent(account.id(), id -> build(account));
  }

  @EventListener
  void credentialsChanged(AccountCredentialsChanged event) {
    clients.remove(event.accountId());
  }

  private WxMpService build(OfficialAccount account) {
    SharedTokenConfigStorage config =
        new SharedTokenConfigStorage(tokens, clock, account.id(), properties.tokenRefreshAhead());
    config.setAppId(account.appId());
    config.setSecret(account.appSecret());
    config.setToken(account.token());
    config.setAesKey(account.encodingAesKey());
    config.setUseStableAccessToken(properties.useStableToken());
    String apiHost = properties.apiHost().replaceAll("/+$", "");
    // Web authorization sends the fan's browser to the open host; everything else is a call to the
    // API host.
    String openHost = properties.openHost().replaceAll("/+$", "");
    config.setHostConfig(new WxMpHostConfig(apiHost, openHost, apiHost));
    config.setApacheHttpClientBuilder(connections);
    WxMpServiceImpl service =
        account.authorizedThroughComponent()
            ? new AuthorizerMpService(authorizerTokens, account.id())
            : new SharedTokenMpService();
    // Retries belong to the outbox, which knows which failures are safe to repeat; WxJava's own
    // retry would sleep on the sending thread and resend after an ambiguous failure.
    service.setMaxRetryTimes(0);
    service.setWxMpConfigStorage(config);
    return service;
  }
}
