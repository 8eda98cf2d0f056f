package org.wechatdesk.channel.wechat.component;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;

/**
 * What WeChat pushes to the authorization-event URL, already verified and decrypted: the verify
 * ticket every 10 minutes, and the authorizations given, changed or withdrawn in WeChat. A new
 * authorization is bound by the admin's return to the desk (its callback), not here: WeChat's event
 * and the callback carry the same code, and the code is taken once.
 */
@Service
public class ComponentEvents {

  private static final Logger log = LoggerFactory.getLogger(ComponentEvents.class);

  private final ComponentRepository component;
  private final AuthorizerRepository authorizers;
  private final AccountRepository accounts;
  private final AccountService accountService;
  private final ComponentTokens tokens;
  private final ComponentApi api;

  ComponentEvents(
      ComponentRepository component,
      AuthorizerRepository authorizers,
      AccountRepository accounts,
      AccountService accountService,
      ComponentTokens tokens,
      ComponentApi api) {
    this.component = component;
    this.authorizers = authorizers;
    this.accounts = accounts;
    this.accountService = accountService;
    this.tokens = tokens;
    this.api = api;
  }

  /** The fields of the decrypted event ({@code InfoType}, {@code ComponentVerifyTicket}, …). */
  @Transactional
  public void handle(Map<String, String> event) {
    String type = event.getOrDefault("InfoType", "");
    switch (type) {
      case "component_verify_ticket" -> component.saveTicket(event.get("ComponentVerifyTicket"));
      case "updateauthorized" -> updateGrants(event.get("AuthorizerAppid"));
      case "unauthorized" -> unauthorized(event.get("AuthorizerAppid"));
      case "authorized" -> log.info("Authorized in WeChat: {}", event.get("AuthorizerAppid"));
      default -> log.info("Component event {} ignored", type);
    }
  }

  /** The admin changed the permissions in WeChat: granted ones are read again. */
  private void updateGrants(String appId) {
    authorizedAccount(appId)
        .ifPresent(
            account -> {
              ComponentSettings settings = tokens.settings();
              ComponentApi.AuthorizerInfo info =
                  api.authorizerInfo(settings.appId(), tokens.current(), appId);
              authorizers.updateGrants(account.id(), info.funcIds());
            });
  }

  /**
   * The authorization was withdrawn in WeChat: the account is unbound (its tokens useless), its
   * fans and conversations stay for history, and authorizing it again brings them back.
   */
  private void unauthorized(String appId) {
    authorizedAccount(appId)
        .ifPresent(
            account -> {
              authorizers.markUnauthorized(account.id());
              accountService.unbind(account.id());
            });
  }

  private Optional<OfficialAccount> authorizedAccount(String appId) {
    return accounts
        .findByAppId(appId == null ? "" : appId)
        .filter(OfficialAccount::authorizedThroughComponent);
  }
}
