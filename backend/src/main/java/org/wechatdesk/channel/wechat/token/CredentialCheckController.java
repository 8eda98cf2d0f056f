package org.wechatdesk.channel.wechat.token;

import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountError;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.system.NotFoundException;

/** Checks an account's AppID and AppSecret by getting an access token from WeChat. */
@RestController
class CredentialCheckController {

  private final AccountRepository accounts;
  private final WeChatClients clients;

  CredentialCheckController(AccountRepository accounts, WeChatClients clients) {
    this.accounts = accounts;
    this.clients = clients;
  }

  @PostMapping("/api/admin/accounts/{id}/verification")
  Verification verify(@PathVariable long id) {
    OfficialAccount account =
        accounts
            .findById(id)
            .orElseThrow(() -> new NotFoundException(AccountError.NOT_FOUND, "id", id));
    WxMpService wechat = clients.forAccount(account);
    // A stored token proves nothing about the current secret: expire it so WeChat is really asked.
    wechat.getWxMpConfigStorage().expireAccessToken();
    try {
      wechat.getAccessToken(false);
      accounts.recordTokenOk(id);
      return new Verification(true, null);
    } catch (WxErrorException e) {
      String error =
          "WeChat error " + e.getError().getErrorCode() + ": " + e.getError().getErrorMsg();
      accounts.recordError(id, error);
      return new Verification(false, error);
    } catch (WxRuntimeException e) {
      String error =
          "Cannot reach WeChat: "
              + (e.getCause() != null ? e.getCause().getClass().getSimpleName() : e.getMessage());
      accounts.recordError(id, error);
      return new Verification(false, error);
    }
  }

  record Verification(boolean ok, @Nullable String error) {}
}
