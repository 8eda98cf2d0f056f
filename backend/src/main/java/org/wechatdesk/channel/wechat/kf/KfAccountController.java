package org.wechatdesk.channel.wechat.kf;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.util.List;
import org.springframework.lang.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountError;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.NotFoundException;

/**
 * The admin's switch for replying under agents' own customer-service accounts on one Official
 * Account, and each agent's account as WeChat holds it. Saving (and 同步) calls WeChat for every
 * agent whose account is missing or out of date, outside any database transaction.
 */
@RestController
@RequestMapping("/api/admin/accounts/{accountId}/kf-accounts")
class KfAccountController {

  private final KfAccounts kfAccounts;
  private final KfAccountRepository repository;
  private final AccountRepository accounts;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  KfAccountController(
      KfAccounts kfAccounts,
      KfAccountRepository repository,
      AccountRepository accounts,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.kfAccounts = kfAccounts;
    this.repository = repository;
    this.accounts = accounts;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  @GetMapping
  KfAccountsView show(@PathVariable long accountId) {
    account(accountId);
    return view(accountId);
  }

  @PutMapping
  KfAccountsView save(@PathVariable long accountId, @RequestBody KfSettings request) {
    OfficialAccount account = account(accountId);
    KfSettings settings = request.validated();
    transaction.executeWithoutResult(
        status -> {
          KfSettings before = repository.settings(accountId).orElse(null);
          repository.saveSettings(accountId, settings, clock.instant());
          audit.record("account.kf-accounts", AuditTarget.ACCOUNT, accountId, before, settings);
        });
    if (settings.enabled()) {
      kfAccounts.synchronise(account, settings);
    }
    return view(accountId);
  }

  /** Synchronises again, e.g. after an agent was renamed or got a new picture. */
  @PostMapping("/sync")
  KfAccountsView synchronise(@PathVariable long accountId) {
    OfficialAccount account = account(accountId);
    repository
        .settings(accountId)
        .filter(KfSettings::enabled)
        .ifPresent(settings -> kfAccounts.synchronise(account, settings));
    return view(accountId);
  }

  private OfficialAccount account(long accountId) {
    return accounts
        .findById(accountId)
        .orElseThrow(() -> new NotFoundException(AccountError.NOT_FOUND, "id", accountId));
  }

  private KfAccountsView view(long accountId) {
    return new KfAccountsView(
        repository.settings(accountId).orElse(null), kfAccounts.agents(accountId));
  }

  @Schema(name = "KfAccounts")
  record KfAccountsView(
      @Schema(description = "Absent until the admin first saves the switch") @Nullable
          KfSettings settings,
      List<AgentKfAccount> agents) {}
}
