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
import org.wechatdesk.routing.QueueStrategy;
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

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    ServiceQueue before = find(id);
    if (queues.inUse(id)) {
      throw InvalidInputException.of(
          "id", "id: visitors, navigations or accounts still use this queue / 队列仍在使用中");
    }
    queues.delete(id);
    audit.record("queue.delete", AuditTarget.QUEUE, id, before, null);
  }

  private static QueueStrategy check(QueueRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.name() == null
        || request.name().isBlank()
        || request.name().strip().length() > 64) {
      errors.put("name", "name: 1-64 characters / 名称须为 1-64 个字符");
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
          "strategy: one of ROUND_ROBIN, RANDOM, LEAST_LOADED, SKILL_FIRST / 分配策略须为轮选、随机、平均或技能优先");
    }
    String skill = skill(request);
    if (skill != null && skill.length() > 32) {
      errors.put("requiredSkill", "requiredSkill: at most 32 characters / 技能名称最多 32 个字符");
    } else if (strategy == QueueStrategy.SKILL_FIRST && skill == null) {
      errors.put("requiredSkill", "requiredSkill: needed for SKILL_FIRST / 技能优先须指定技能");
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
    return InvalidInputException.of("name", "name: another queue has this name / 队列名称已存在");
  }

  private ServiceQueue find(long id) {
    return queues.find(id).orElseThrow(() -> new NotFoundException("No queue " + id + " / 队列不存在"));
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
