package org.wechatdesk.conversation.hours;

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

/**
 * An account's working hours (admins only). A change applies to conversations started afterwards.
 */
@RestController
@RequestMapping("/api/admin/accounts/{accountId}/working-hours")
class WorkingHoursController {

  private final WorkingHoursRepository hours;
  private final AccountService accounts;
  private final AuditLog audit;

  WorkingHoursController(WorkingHoursRepository hours, AccountService accounts, AuditLog audit) {
    this.hours = hours;
    this.accounts = accounts;
    this.audit = audit;
  }

  @GetMapping
  WorkingHours get(@PathVariable long accountId) {
    accounts.get(accountId);
    return hours.forAccount(accountId);
  }

  @PutMapping
  @Transactional
  WorkingHours put(
      @PathVariable long accountId, @RequestBody WorkingHours changed, Authentication admin) {
    accounts.get(accountId);
    if (!changed.problems().isEmpty()) {
      throw new InvalidInputException(changed.problems());
    }
    WorkingHours before = hours.forAccount(accountId);
    hours.save(accountId, changed, admin.getName());
    WorkingHours after = hours.forAccount(accountId);
    audit.record("working-hours.update", AuditTarget.WORKING_HOURS, accountId, before, after);
    return after;
  }
}
