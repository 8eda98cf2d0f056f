package org.wechatdesk.account;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Binding accounts in developer mode (admins only, see the security configuration). */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountController {

  private final AccountService service;
  private final AccountRepository accounts;
  private final String publicBaseUrl;

  AccountController(AccountService service, AccountRepository accounts,
                    @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.service = service;
    this.accounts = accounts;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping
  List<AccountView> list() {
    return accounts.findAll().stream().map(this::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AccountView bind(@RequestBody AccountRequest request) {
    return view(service.bind(request));
  }

  @PostMapping("/generated-secrets")
  AccountService.GeneratedSecrets generateSecrets() {
    return service.generateSecrets();
  }

  @PutMapping("/{id}/encoding-aes-key")
  AccountView rotate(@PathVariable long id, @RequestBody KeyRotation rotation) {
    return view(service.rotateEncodingAesKey(id, rotation.encodingAesKey()));
  }

  @DeleteMapping("/{id}/previous-encoding-aes-key")
  AccountView removePrevious(@PathVariable long id) {
    return view(service.removePreviousEncodingAesKey(id));
  }

  private AccountView view(OfficialAccount account) {
    return AccountView.of(account, publicBaseUrl + "/wechat/push/" + account.appId());
  }

  record KeyRotation(String encodingAesKey) {}
}
