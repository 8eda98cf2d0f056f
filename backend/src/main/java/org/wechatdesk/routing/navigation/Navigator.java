package org.wechatdesk.routing.navigation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.wechatdesk.routing.navigation.NavigationStep.Kind;
import org.wechatdesk.routing.navigation.NavigationStep.Prompt;
import org.wechatdesk.routing.navigation.NavigationStep.RouteToQueue;
import org.wechatdesk.routing.rules.Answer;
import org.wechatdesk.routing.rules.Menu;
import org.wechatdesk.routing.rules.MenuEntry;
import org.wechatdesk.routing.rules.NavigationChoice;
import org.wechatdesk.routing.rules.NavigationRules;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.routing.rules.RuleSets;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.NotFoundException;

/**
 * Walks a visitor through the account's navigation menu; the navigation rules interpret each
 * answer.
 */
@Component
public class Navigator {

  static final String ONE_QUEUE = "Account routes every visitor to one queue";
  static final String GREETING = "Greeting and main menu";
  static final String NOT_UNDERSTOOD = "未能识别您的选择，请回复菜单中的序号。";
  static final String BACK = "0. 返回主菜单";

  private final NavigationRepository navigations;
  private final RuleSets rules;

  Navigator(NavigationRepository navigations, RuleSets rules) {
    this.navigations = navigations;
    this.rules = rules;
  }

  public NavigationStep start(long accountId) {
    AccountRouting routing =
        navigations
            .accountRouting(accountId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        RoutingError.ROUTING_NOT_CONFIGURED, "accountId", accountId));
    if (routing.queueId() != null) {
      return new RouteToQueue(routing.queueId(), ONE_QUEUE);
    }
    return mainMenu(navigation(routing.navigationId()), GREETING);
  }

  /**
   * A state from a navigation the account no longer uses (or that is deleted) starts the account's
   * current one.
   */
  public NavigationStep navigate(long accountId, NavigationState state, String visitorAnswer) {
    Optional<Navigation> stillThere = current(accountId, state);
    if (stillThere.isEmpty()) {
      return start(accountId);
    }
    Navigation navigation = stillThere.get();
    Long menuId = state.menuEntryId();
    // The visitor answered a sub-menu an admin has since changed away (an edit gives entries new
    // ids).
    // Nothing on it can be chosen any more, so the answer counts as unrecognised ("0" still goes
    // back),
    // rather than being read against a menu the visitor never saw.
    boolean menuGone = menuId != null && navigation.children(menuId).isEmpty();
    List<Navigation.Entry> shown = menuGone ? List.of() : navigation.children(menuId);
    Long repromptMenuId = menuGone ? null : menuId;
    NavigationChoice choice =
        NavigationRules.decide(
            rules.current(RuleSet.NAVIGATION),
            new Menu(
                navigation.id(), menuId, state.invalidAnswers(), navigation.maxInvalidAnswers()),
            shown.stream()
                .map(
                    e ->
                        new MenuEntry(
                            e.id(),
                            e.number(),
                            e.label(),
                            e.clickKey(),
                            e.queueId(),
                            !navigation.children(e.id()).isEmpty()))
                .toList(),
            Answer.of(visitorAnswer));
    return switch (choice.kind()) {
      case ENTRY -> entered(navigation, choice.chosenEntry(), choice.rule());
      case MAIN_MENU -> mainMenu(navigation, choice.rule());
      case REPROMPT ->
          new Prompt(
              Kind.REPROMPT,
              NOT_UNDERSTOOD + "\n" + menuText(navigation, repromptMenuId),
              new NavigationState(navigation.id(), repromptMenuId, state.invalidAnswers() + 1),
              choice.rule());
      case DEFAULT_QUEUE -> new RouteToQueue(navigation.defaultQueueId(), choice.rule());
    };
  }

  /**
   * The entries of the menu {@code state} names, while the account still routes through that
   * navigation and the menu is still there; an admin's edit since leaves nothing to tap, as the
   * visitor's next answer would start over or be reprompted anyway.
   */
  public Optional<OfferedMenu> offered(long accountId, NavigationState state) {
    return current(accountId, state)
        .map(navigation -> navigation.children(state.menuEntryId()))
        .filter(entries -> !entries.isEmpty())
        .map(
            entries ->
                new OfferedMenu(
                    entries.stream()
                        .map(e -> new OfferedMenu.Choice(e.number(), e.label()))
                        .toList(),
                    state.menuEntryId() != null));
  }

  /** The navigation of {@code state} while it is still there and the account still uses it. */
  private Optional<Navigation> current(long accountId, NavigationState state) {
    boolean current =
        navigations
            .accountRouting(accountId)
            .map(routing -> Objects.equals(routing.navigationId(), state.navigationId()))
            .orElse(false);
    return current ? navigations.find(state.navigationId()) : Optional.empty();
  }

  private static NavigationStep mainMenu(Navigation navigation, String rule) {
    return new Prompt(
        Kind.MENU,
        navigation.greeting() + "\n" + lines(navigation.children(null)),
        new NavigationState(navigation.id(), null, 0),
        rule);
  }

  private NavigationStep entered(Navigation navigation, MenuEntry entry, String rule) {
    if (entry.subMenu()) {
      return new Prompt(
          Kind.SUB_MENU,
          menuText(navigation, entry.entryId()),
          new NavigationState(navigation.id(), entry.entryId(), 0),
          rule);
    }
    return new RouteToQueue(
        Objects.requireNonNullElse(entry.queueId(), navigation.defaultQueueId()), rule);
  }

  private static String menuText(Navigation navigation, Long menuId) {
    if (menuId == null) {
      return lines(navigation.children(null));
    }
    Navigation.Entry entry = navigation.entry(menuId).orElseThrow();
    String heading = entry.prompt() != null ? entry.prompt() : entry.label();
    return heading + "\n" + lines(navigation.children(menuId)) + "\n" + BACK;
  }

  private static String lines(List<Navigation.Entry> entries) {
    return entries.stream()
        .map(e -> e.number() + ". " + e.label())
        .collect(Collectors.joining("\n"));
  }

  private Navigation navigation(long id) {
    return navigations
        .find(id)
        .orElseThrow(() -> new NotFoundException(RoutingError.NAVIGATION_NOT_FOUND, "id", id));
  }
}
