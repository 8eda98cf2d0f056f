package org.wechatdesk.routing.customer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.lang.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.fan.FanError;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.agent.AgentProfileRepository;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/**
 * A fan's routing flags. They apply from the fan's next entry into a queue: a visitor already
 * waiting keeps the place they have.
 */
@RestController
@RequestMapping("/api/admin/customers/{fanId}")
class CustomerAdminController {

  private final CustomerProfileRepository customers;
  private final FanRepository fans;
  private final AgentProfileRepository agents;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  CustomerAdminController(
      CustomerProfileRepository customers,
      FanRepository fans,
      AgentProfileRepository agents,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.customers = customers;
    this.fans = fans;
    this.agents = agents;
    this.audit = audit;
    this.events = events;
  }

  @GetMapping
  CustomerProfile get(@PathVariable long fanId) {
    requireFan(fanId);
    return customers.find(fanId);
  }

  @PutMapping
  @Transactional
  CustomerProfile put(@PathVariable long fanId, @RequestBody CustomerRequest request) {
    requireFan(fanId);
    Map<String, ApiError> errors = new LinkedHashMap<>();
    if (request.ownerAgentId() != null && agents.find(request.ownerAgentId()).isEmpty()) {
      errors.put("ownerAgentId", ApiError.of(RoutingError.AGENT_NOT_FOUND));
    }
    if (request.designated() && request.ownerAgentId() == null) {
      errors.put("designated", ApiError.of(RoutingError.CUSTOMER_DESIGNATED_NEEDS_OWNER));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CustomerProfile before = customers.find(fanId);
    customers.save(
        new CustomerProfile(fanId, request.ownerAgentId(), request.vip(), request.designated()));
    CustomerProfile after = customers.find(fanId);
    audit.record("customer.update", AuditTarget.CUSTOMER, fanId, before, after);
    events.publishEvent(new CustomerFlagsChanged(fanId));
    return after;
  }

  private void requireFan(long fanId) {
    if (fans.findById(fanId).isEmpty()) {
      throw new NotFoundException(FanError.NOT_FOUND, "id", fanId);
    }
  }

  record CustomerRequest(@Nullable Long ownerAgentId, boolean vip, boolean designated) {}
}
