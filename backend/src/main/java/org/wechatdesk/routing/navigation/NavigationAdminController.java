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
import org.wechatdesk.account.AccountError;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ConflictException;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

/** 路由导航 definitions, and which queue or navigation each account uses (公众号配置). */
@RestController
@RequestMapping("/api/admin")
class NavigationAdminController {

  private static final int DEFAULT_MAX_INVALID_ANSWERS = 3;

  /** 熟客优先's window: 1 minute to 30 days. */
  private static final long MIN_FAMILIAR_WINDOW_MINUTES = 1;

  private static final long MAX_FAMILIAR_WINDOW_MINUTES = 30 * 24 * 60;

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
          RoutingError.NAVIGATION_IN_USE, "accounts", String.join(", ", routedAccounts));
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
                new NotFoundException(RoutingError.ROUTING_NOT_CONFIGURED, "accountId", accountId));
  }

  /**
   * Either {@code queueId} (every visitor to one queue) or {@code navigationId}, not both; and the
   * familiar window in minutes, left out for the desk's default.
   */
  @PutMapping("/accounts/{accountId}/routing")
  @Transactional
  AccountRouting setRouting(@PathVariable long accountId, @RequestBody RoutingRequest request) {
    if (accounts.findById(accountId).isEmpty()) {
      throw new NotFoundException(AccountError.NOT_FOUND, "id", accountId);
    }
    if ((request.queueId() == null) == (request.navigationId() == null)) {
      throw InvalidInputException.of("queueId", RoutingError.ROUTING_TARGET);
    }
    if (request.queueId() != null && queues.find(request.queueId()).isEmpty()) {
      throw InvalidInputException.of("queueId", RoutingError.QUEUE_NOT_FOUND);
    }
    if (request.navigationId() != null && !navigations.lock(request.navigationId())) {
      throw InvalidInputException.of("navigationId", RoutingError.NAVIGATION_NOT_FOUND);
    }
    Long window = request.familiarWindowMinutes();
    if (window != null
        && (window < MIN_FAMILIAR_WINDOW_MINUTES || window > MAX_FAMILIAR_WINDOW_MINUTES)) {
      throw InvalidInputException.of(
          "familiarWindowMinutes",
          InputError.RANGE,
          "min",
          MIN_FAMILIAR_WINDOW_MINUTES,
          "max",
          MAX_FAMILIAR_WINDOW_MINUTES);
    }
    AccountRouting before = navigations.accountRouting(accountId).orElse(null);
    navigations.saveAccountRouting(
        new AccountRouting(accountId, request.queueId(), request.navigationId(), window));
    AccountRouting after = navigations.accountRouting(accountId).orElseThrow();
    audit.record("account-routing.update", AuditTarget.ACCOUNT_ROUTING, accountId, before, after);
    return after;
  }

  private void check(NavigationRequest request) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    if (request.name() == null || request.name().isBlank() || request.name().length() > 64) {
      errors.put("name", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
    }
    if (request.greeting() == null
        || request.greeting().isBlank()
        || request.greeting().length() > 500) {
      errors.put("greeting", ApiError.of(InputError.LENGTH, "min", 1, "max", 500));
    }
    int maxInvalid = maxInvalidAnswers(request);
    if (maxInvalid < 1 || maxInvalid > 10) {
      errors.put("maxInvalidAnswers", ApiError.of(InputError.RANGE, "min", 1, "max", 10));
    }
    if (request.defaultQueueId() == null || queues.find(request.defaultQueueId()).isEmpty()) {
      errors.put("defaultQueueId", ApiError.of(RoutingError.QUEUE_NOT_FOUND));
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
    return InvalidInputException.of("name", RoutingError.NAVIGATION_NAME_TAKEN);
  }

  private void checkEntries(Map<String, ApiError> errors, String path, List<EntryRequest> entries) {
    if (entries == null || entries.isEmpty() || entries.size() > 9) {
      errors.put(path, ApiError.of(RoutingError.NAVIGATION_ENTRY_COUNT, "min", 1, "max", 9));
      return;
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      EntryRequest entry = entries.get(i);
      String at = path + "[" + i + "]";
      if (entry.number() < 1 || entry.number() > 9 || !numbers.add(entry.number())) {
        errors.put(
            at + ".number", ApiError.of(RoutingError.NAVIGATION_ENTRY_NUMBER, "min", 1, "max", 9));
      }
      if (entry.label() == null || entry.label().isBlank() || entry.label().length() > 64) {
        errors.put(at + ".label", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
      }
      if (entry.clickKey() != null && entry.clickKey().length() > 64) {
        errors.put(at + ".clickKey", ApiError.of(InputError.TOO_LONG, "max", 64));
      }
      if (entry.prompt() != null && entry.prompt().length() > 500) {
        errors.put(at + ".prompt", ApiError.of(InputError.TOO_LONG, "max", 500));
      }
      boolean toQueue = entry.queueId() != null;
      boolean toMenu = entry.entries() != null && !entry.entries().isEmpty();
      if (toQueue == toMenu) {
        errors.put(at, ApiError.of(RoutingError.NAVIGATION_ENTRY_TARGET));
      } else if (toQueue && queues.find(entry.queueId()).isEmpty()) {
        errors.put(at + ".queueId", ApiError.of(RoutingError.QUEUE_NOT_FOUND));
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
      throw new NotFoundException(RoutingError.NAVIGATION_NOT_FOUND, "id", id);
    }
    return find(id);
  }

  private Navigation find(long id) {
    return navigations
        .find(id)
        .orElseThrow(() -> new NotFoundException(RoutingError.NAVIGATION_NOT_FOUND, "id", id));
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

  record RoutingRequest(
      @Nullable Long queueId, @Nullable Long navigationId, @Nullable Long familiarWindowMinutes) {}
}
