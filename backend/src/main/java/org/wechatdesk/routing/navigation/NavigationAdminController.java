package org.wechatdesk.routing.navigation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/** 路由导航 definitions, and which queue or navigation each account uses (公众号配置). */
@RestController
@RequestMapping("/api/admin")
class NavigationAdminController {

  private static final int DEFAULT_MAX_INVALID_ANSWERS = 3;

  private final NavigationRepository navigations;
  private final ServiceQueueRepository queues;
  private final AccountRepository accounts;
  private final AuditLog audit;

  NavigationAdminController(
      NavigationRepository navigations,
      ServiceQueueRepository queues,
      AccountRepository accounts,
      AuditLog audit) {
    this.navigations = navigations;
    this.queues = queues;
    this.accounts = accounts;
    this.audit = audit;
  }

  @GetMapping("/navigations")
  List<Navigation> list() {
    return navigations.ids().stream().map(this::find).toList();
  }

  @GetMapping("/navigations/{id}")
  Navigation get(@PathVariable long id) {
    return find(id);
  }

  /**
   * Creates a navigation with its whole menu tree; an entry leads to a queue or has entries of its
   * own.
   */
  @PostMapping("/navigations")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Navigation create(@RequestBody NavigationRequest request) {
    check(request);
    long id;
    try {
      id =
          navigations.insert(
              request.name().strip(),
              request.greeting(),
              maxInvalidAnswers(request),
              request.defaultQueueId());
    } catch (DuplicateKeyException e) {
      throw nameTaken();
    }
    insertEntries(id, null, request.entries());
    Navigation created = find(id);
    audit.record("navigation.create", AuditTarget.NAVIGATION, id, null, created);
    return created;
  }

  /**
   * Replaces the navigation and its whole menu tree, checked as on creation. Entries get new ids,
   * so a visitor still answering one of the old sub-menus is shown the main menu again (see {@link
   * Navigator}).
   */
  @PutMapping("/navigations/{id}")
  @Transactional
  Navigation update(@PathVariable long id, @RequestBody NavigationRequest request) {
    Navigation before = lockAndFind(id);
    check(request);
    try {
      navigations.update(
          id,
          request.name().strip(),
          request.greeting(),
          maxInvalidAnswers(request),
          request.defaultQueueId());
    } catch (DuplicateKeyException e) {
      throw nameTaken();
    }
    navigations.deleteEntries(id);
    insertEntries(id, null, request.entries());
    Navigation after = find(id);
    audit.record("navigation.update", AuditTarget.NAVIGATION, id, before, after);
    return after;
  }

  /**
   * Refused while an account's routing uses the navigation: its visitors would have nowhere to go.
   */
  @DeleteMapping("/navigations/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Transactional
  void delete(@PathVariable long id) {
    Navigation before = lockAndFind(id);
    List<String> routedAccounts = navigations.accountsRoutedThrough(id);
    if (!routedAccounts.isEmpty()) {
      throw new ConflictException(
          "NAVIGATION_IN_USE",
          "Navigation is used by the routing of these accounts; route them elsewhere first: "
              + String.join(", ", routedAccounts)
              + " / 以下公众号的路由仍在使用该导航，请先为其改选队列或其他导航："
              + String.join("、", routedAccounts));
    }
    navigations.delete(id);
    audit.record("navigation.delete", AuditTarget.NAVIGATION, id, before, null);
  }

  @GetMapping("/accounts/{accountId}/routing")
  AccountRouting routing(@PathVariable long accountId) {
    return navigations
        .accountRouting(accountId)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Account " + accountId + " has no routing configured / 公众号未配置路由"));
  }

  /** Either {@code queueId} (every visitor to one queue) or {@code navigationId}, not both. */
  @PutMapping("/accounts/{accountId}/routing")
  @Transactional
  AccountRouting setRouting(@PathVariable long accountId, @RequestBody RoutingRequest request) {
    if (accounts.findById(accountId).isEmpty()) {
      throw new NotFoundException("No account " + accountId + " / 公众号不存在");
    }
    if ((request.queueId() == null) == (request.navigationId() == null)) {
      throw InvalidInputException.of(
          "queueId", "queueId / navigationId: exactly one of them / 须选择一个队列或一个路由导航");
    }
    if (request.queueId() != null && queues.find(request.queueId()).isEmpty()) {
      throw InvalidInputException.of("queueId", "queueId: an existing queue / 队列不存在");
    }
    if (request.navigationId() != null && !navigations.lock(request.navigationId())) {
      throw InvalidInputException.of(
          "navigationId", "navigationId: an existing navigation / 路由导航不存在");
    }
    AccountRouting routing =
        new AccountRouting(accountId, request.queueId(), request.navigationId());
    AccountRouting before = navigations.accountRouting(accountId).orElse(null);
    navigations.saveAccountRouting(routing);
    audit.record("account-routing.update", AuditTarget.ACCOUNT_ROUTING, accountId, before, routing);
    return routing;
  }

  private void check(NavigationRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.name() == null || request.name().isBlank() || request.name().length() > 64) {
      errors.put("name", "name: 1-64 characters / 名称须为 1-64 个字符");
    }
    if (request.greeting() == null
        || request.greeting().isBlank()
        || request.greeting().length() > 500) {
      errors.put("greeting", "greeting: 1-500 characters / 欢迎语须为 1-500 个字符");
    }
    int maxInvalid = maxInvalidAnswers(request);
    if (maxInvalid < 1 || maxInvalid > 10) {
      errors.put("maxInvalidAnswers", "maxInvalidAnswers: 1-10 / 无效回复次数须为 1-10");
    }
    if (request.defaultQueueId() == null || queues.find(request.defaultQueueId()).isEmpty()) {
      errors.put("defaultQueueId", "defaultQueueId: an existing queue / 默认队列不存在");
    }
    checkEntries(errors, "entries", request.entries());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static int maxInvalidAnswers(NavigationRequest request) {
    return request.maxInvalidAnswers() == null
        ? DEFAULT_MAX_INVALID_ANSWERS
        : request.maxInvalidAnswers();
  }

  private static InvalidInputException nameTaken() {
    return InvalidInputException.of("name", "name: another navigation has this name / 导航名称已存在");
  }

  private void checkEntries(Map<String, String> errors, String path, List<EntryRequest> entries) {
    if (entries == null || entries.isEmpty() || entries.size() > 9) {
      errors.put(path, path + ": 1-9 entries / 菜单须有 1-9 项");
      return;
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      EntryRequest entry = entries.get(i);
      String at = path + "[" + i + "]";
      if (entry.number() < 1 || entry.number() > 9 || !numbers.add(entry.number())) {
        errors.put(at + ".number", at + ".number: 1-9, once per menu / 序号须为 1-9 且不重复");
      }
      if (entry.label() == null || entry.label().isBlank() || entry.label().length() > 64) {
        errors.put(at + ".label", at + ".label: 1-64 characters / 菜单文字须为 1-64 个字符");
      }
      if (entry.clickKey() != null && entry.clickKey().length() > 64) {
        errors.put(at + ".clickKey", at + ".clickKey: at most 64 characters / 菜单键值最多 64 个字符");
      }
      if (entry.prompt() != null && entry.prompt().length() > 500) {
        errors.put(at + ".prompt", at + ".prompt: at most 500 characters / 子菜单提示最多 500 个字符");
      }
      boolean toQueue = entry.queueId() != null;
      boolean toMenu = entry.entries() != null && !entry.entries().isEmpty();
      if (toQueue == toMenu) {
        errors.put(at, at + ": either queueId or entries / 菜单项须指向一个队列或一个子菜单");
      } else if (toQueue && queues.find(entry.queueId()).isEmpty()) {
        errors.put(at + ".queueId", at + ".queueId: an existing queue / 队列不存在");
      } else if (toMenu) {
        checkEntries(errors, at + ".entries", entry.entries());
      }
    }
  }

  private void insertEntries(long navigationId, Long parentId, List<EntryRequest> entries) {
    for (EntryRequest entry : entries) {
      long id =
          navigations.insertEntry(
              navigationId,
              parentId,
              entry.number(),
              entry.label().strip(),
              entry.clickKey(),
              entry.queueId(),
              entry.prompt());
      if (entry.entries() != null) {
        insertEntries(navigationId, id, entry.entries());
      }
    }
  }

  private Navigation lockAndFind(long id) {
    if (!navigations.lock(id)) {
      throw new NotFoundException("No navigation " + id + " / 路由导航不存在");
    }
    return find(id);
  }

  private Navigation find(long id) {
    return navigations
        .find(id)
        .orElseThrow(() -> new NotFoundException("No navigation " + id + " / 路由导航不存在"));
  }

  record NavigationRequest(
      String name,
      String greeting,
      Integer maxInvalidAnswers,
      @Nullable Long defaultQueueId,
      List<EntryRequest> entries) {}

  record EntryRequest(
      int number,
      String label,
      @Nullable String clickKey,
      @Nullable Long queueId,
      @Nullable String prompt,
      List<EntryRequest> entries) {}

  record RoutingRequest(@Nullable Long queueId, @Nullable Long navigationId) {}
}
