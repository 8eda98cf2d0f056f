package org.wechatdesk.account;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;

/** Binding accounts in developer mode (admins only, see the security configuration). */
@RestController
@RequestMapping("/api/admin/accounts")
class AccountController {

  private final AccountService service;
  private final AccountRepository accounts;
  private final AuditLog audit;
  private final String publicBaseUrl;

  AccountController(
      AccountService service,
      AccountRepository accounts,
      AuditLog audit,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.service = service;
    this.accounts = accounts;
    this.audit = audit;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping
  List<AccountView> list() {
    return accounts.findAll().stream().map(this::view).toList();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  AccountView bind(@RequestBody AccountRequest request) {
    AccountView bound = view(service.bind(request));
    audit.record("account.bind", AuditTarget.ACCOUNT, bound.id(), null, bound);
    return bound;
  }

  @PostMapping("/generated-secrets")
  AccountService.GeneratedSecrets generateSecrets() {
    return service.generateSecrets();
  }

  @PutMapping("/{id}")
  @Transactional
  AccountView edit(@PathVariable long id, @RequestBody AccountEdit edit) {
    AccountView before = view(service.get(id));
    AccountView after = view(service.edit(id, edit));
    audit.record("account.edit", AuditTarget.ACCOUNT, id, before, after);
    return after;
  }

  @PutMapping("/{id}/enabled")
  @Transactional
  AccountView setEnabled(@PathVariable long id, @RequestBody EnabledChange change) {
    AccountView before = view(service.get(id));
    AccountView after = view(service.setEnabled(id, change.enabled()));
    audit.record(
        change.enabled() ? "account.enable" : "account.disable",
        AuditTarget.ACCOUNT,
        id,
        before,
        after);
    return after;
  }

  /** The binding goes; the account's fans, conversations and ratings stay in history. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void unbind(@PathVariable long id) {
    AccountView before = view(service.get(id));
    service.unbind(id);
    audit.record("account.unbind", AuditTarget.ACCOUNT, id, before, null);
  }

  @PutMapping("/{id}/encoding-aes-key")
  @Transactional
  AccountView rotate(@PathVariable long id, @RequestBody KeyRotation rotation) {
    AccountView before = view(service.get(id));
    AccountView after = view(service.rotateEncodingAesKey(id, rotation.encodingAesKey()));
    audit.record("account.rotate-key", AuditTarget.ACCOUNT, id, before, after);
    return after;
  }

  @DeleteMapping("/{id}/previous-encoding-aes-key")
  @Transactional
  AccountView removePrevious(@PathVariable long id) {
    AccountView before = view(service.get(id));
    AccountView after = view(service.removePreviousEncodingAesKey(id));
    audit.record("account.remove-previous-key", AuditTarget.ACCOUNT, id, before, after);
    return after;
  }

  @PutMapping("/{id}/h5-authorization")
  @Transactional
  AccountView setH5Authorization(@PathVariable long id, @RequestBody H5AuthorizationChange change) {
    AccountView before = view(service.get(id));
    AccountView after = view(service.setH5Authorization(id, change.h5Authorization()));
    audit.record("account.h5-authorization", AuditTarget.ACCOUNT, id, before, after);
    return after;
  }

  private AccountView view(OfficialAccount account) {
    return AccountView.of(
        account,
        account.authorizedThroughComponent()
            ? publicBaseUrl + "/wechat/component/" + account.appId() + "/messages"
            : publicBaseUrl + "/wechat/push/" + account.appId(),
        publicBaseUrl + "/h5/" + account.appId());
  }

  record KeyRotation(String encodingAesKey) {}

  record H5AuthorizationChange(H5Authorization h5Authorization) {}

  record EnabledChange(boolean enabled) {}
}
