package org.wechatdesk.routing.queue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
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
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/** 消息受理队列 for admins: name, strategy and, for skill-first, the skill it needs. */
@RestController
@RequestMapping("/api/admin/queues")
class QueueAdminController {

  private final ServiceQueueRepository queues;
  private final QueueEntryRepository entries;
  private final AuditLog audit;

  QueueAdminController(
      ServiceQueueRepository queues, QueueEntryRepository entries, AuditLog audit) {
    this.queues = queues;
    this.entries = entries;
    this.audit = audit;
  }

  @GetMapping
  List<QueueView> list() {
    return queues.findAll().stream().map(this::view).toList();
  }

  @GetMapping("/{id}")
  QueueView get(@PathVariable long id) {
    return view(find(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  QueueView create(@RequestBody QueueRequest request) {
    QueueStrategy strategy = check(request);
    ServiceQueue created;
    try {
      created = find(queues.insert(request.name().strip(), strategy, skill(request)));
    } catch (DuplicateKeyException e) {
      throw duplicateName();
    }
    audit.record("queue.create", AuditTarget.QUEUE, created.id(), null, created);
    return view(created);
  }

  @PutMapping("/{id}")
  @Transactional
  QueueView update(@PathVariable long id, @RequestBody QueueRequest request) {
    QueueStrategy strategy = check(request);
    ServiceQueue before = find(id);
    try {
      queues.update(id, request.name().strip(), strategy, skill(request));
    } catch (DuplicateKeyException e) {
      throw duplicateName();
    }
    ServiceQueue after = find(id);
    audit.record("queue.update", AuditTarget.QUEUE, id, before, after);
    return view(after);
  }

  /**
   * Refused, naming what uses the queue, once visitors queued in it or while routing leads to it.
   */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    ServiceQueue before = find(id);
    ServiceQueueRepository.QueueUsers users = queues.users(id);
    if (!users.isEmpty()) {
      throw new ConflictException(
          RoutingError.QUEUE_IN_USE,
          "visitors",
          users.visitors(),
          "navigations",
          String.join(", ", users.navigations()),
          "accounts",
          String.join(", ", users.accounts()));
    }
    queues.delete(id);
    audit.record("queue.delete", AuditTarget.QUEUE, id, before, null);
  }

  private static QueueStrategy check(QueueRequest request) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    if (request.name() == null
        || request.name().isBlank()
        || request.name().strip().length() > 64) {
      errors.put("name", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
    }
    QueueStrategy strategy = null;
    for (QueueStrategy value : QueueStrategy.values()) {
      if (value.name().equals(request.strategy())) {
        strategy = value;
      }
    }
    if (strategy == null) {
      errors.put(
          "strategy",
          ApiError.of(
              InputError.ONE_OF, "values", "ROUND_ROBIN, RANDOM, LEAST_LOADED, SKILL_FIRST"));
    }
    String skill = skill(request);
    if (skill != null && skill.length() > 32) {
      errors.put("requiredSkill", ApiError.of(InputError.TOO_LONG, "max", 32));
    } else if (strategy == QueueStrategy.SKILL_FIRST && skill == null) {
      errors.put("requiredSkill", ApiError.of(RoutingError.QUEUE_SKILL_REQUIRED));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return strategy;
  }

  private static String skill(QueueRequest request) {
    return request.requiredSkill() == null || request.requiredSkill().isBlank()
        ? null
        : request.requiredSkill().strip();
  }

  private static InvalidInputException duplicateName() {
    return InvalidInputException.of("name", RoutingError.QUEUE_NAME_TAKEN);
  }

  private ServiceQueue find(long id) {
    return queues
        .find(id)
        .orElseThrow(() -> new NotFoundException(RoutingError.QUEUE_NOT_FOUND, "id", id));
  }

  private QueueView view(ServiceQueue queue) {
    return new QueueView(
        queue.id(),
        queue.name(),
        queue.strategy(),
        queue.requiredSkill(),
        entries.countWaiting(queue.id()));
  }

  record QueueRequest(String name, String strategy, @Nullable String requiredSkill) {}

  record QueueView(
      long id, String name, QueueStrategy strategy, @Nullable String requiredSkill, int waiting) {}
}
