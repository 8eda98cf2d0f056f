package org.wechatdesk.conversation.flow;

import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.system.InvalidInputException;

/** The conversation flow of one account (admins only). Changes apply to conversations started afterwards. */
@RestController
@RequestMapping("/api/admin/accounts/{accountId}/flow-settings")
class FlowSettingsController {

  private final FlowSettingsRepository settings;
  private final AccountService accounts;
  private final AuditLog audit;

  FlowSettingsController(FlowSettingsRepository settings, AccountService accounts, AuditLog audit) {
    this.settings = settings;
    this.accounts = accounts;
    this.audit = audit;
  }

  @GetMapping
  FlowSettings get(@PathVariable long accountId) {
    accounts.get(accountId);
    return settings.forAccount(accountId);
  }

  @PutMapping
  @Transactional
  FlowSettings put(@PathVariable long accountId, @RequestBody FlowSettings changed, Authentication admin) {
    accounts.get(accountId);
    if (!changed.problems().isEmpty()) {
      throw new InvalidInputException(changed.problems());
    }
    FlowSettings before = settings.forAccount(accountId);
    settings.save(accountId, changed, admin.getName());
    FlowSettings after = settings.forAccount(accountId);
    audit.record("flow-settings.update", AuditTarget.FLOW_SETTINGS, accountId, before, after);
    return after;
  }
}
