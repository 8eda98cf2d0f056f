package org.wechatdesk.conversation.flow;

import java.util.LinkedHashMap;
import java.util.Map;
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
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InvalidInputException;

/**
 * The conversation flow of one account (admins only). Changes apply to conversations started
 * afterwards.
 */
@RestController
@RequestMapping("/api/admin/accounts/{accountId}/flow-settings")
class FlowSettingsController {

  private final FlowSettingsRepository settings;
  private final AccountService accounts;
  private final ServiceQueueRepository queues;
  private final AuditLog audit;

  FlowSettingsController(
      FlowSettingsRepository settings,
      AccountService accounts,
      ServiceQueueRepository queues,
      AuditLog audit) {
    this.settings = settings;
    this.accounts = accounts;
    this.queues = queues;
    this.audit = audit;
  }

  @GetMapping
  FlowSettings get(@PathVariable long accountId) {
    accounts.get(accountId);
    return settings.forAccount(accountId);
  }

  @PutMapping
  @Transactional
  FlowSettings put(
      @PathVariable long accountId, @RequestBody FlowSettings changed, Authentication admin) {
    accounts.get(accountId);
    Map<String, ApiError> problems = new LinkedHashMap<>(changed.problems());
    // The record checks values on their own; whether the queue exists only the database knows.
    if (changed.autoTransferQueueId() != null
        && queues.find(changed.autoTransferQueueId()).isEmpty()) {
      problems.put("autoTransferQueueId", ApiError.of(RoutingError.QUEUE_NOT_FOUND));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    FlowSettings before = settings.forAccount(accountId);
    settings.save(accountId, changed, admin.getName());
    FlowSettings after = settings.forAccount(accountId);
    audit.record("flow-settings.update", AuditTarget.FLOW_SETTINGS, accountId, before, after);
    return after;
  }
}
