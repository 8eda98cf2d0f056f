package org.wechatdesk.channel.wechat.component;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.system.ApiException;

/**
 * Where WeChat's authorization page sends the admin's browser back (with the admin's session: the
 * path is an admin one). The browser lands on the accounts screen, which shows the account bound or
 * the reason it was not, as a code the screen words.
 */
@RestController
class AuthorizationController {

  static final String CALLBACK = "/api/admin/component/authorized";

  private final Authorizations authorizations;

  AuthorizationController(Authorizations authorizations) {
    this.authorizations = authorizations;
  }

  @GetMapping(CALLBACK)
  ResponseEntity<Void> authorized(
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(name = "auth_code", required = false) @Nullable String authCode) {
    String target;
    try {
      OfficialAccount account = authorizations.complete(state, authCode);
      target = "/#/accounts?authorized=" + account.appId();
    } catch (ApiException e) {
      target = "/#/accounts?authorizationError=" + e.error().code();
    } catch (ComponentApiException e) {
      target =
          "/#/accounts?authorizationError="
              + ComponentError.WECHAT_REFUSED.code()
              + "&errcode="
              + e.errcode();
    }
    return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
  }
}
