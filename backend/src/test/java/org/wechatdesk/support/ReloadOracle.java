package org.wechatdesk.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reload test of the workbench and of the fan's H5 page: what the live screen shows must be
 * what a fresh load of the same page shows. It reads the visible state (the list, the queue length,
 * the open conversation's header, transcript and visitor panel, the reply countdown's seconds)
 * through data-testid attributes, opens the same conversation in a fresh tab of the same browser
 * (same login), reads it there, and waits until the live tab shows the same: events may still be on
 * their way, but they must arrive without a reload. Timings that tick on their own (the countdown's
 * text) are compared by what they count from.
 */
public final class ReloadOracle {

  private static final Duration SETTLE = Duration.ofSeconds(15);

  private static final String READ_VIEW =
      """
      const all = (selector, root) => [...(root || document).querySelectorAll(selector)];
      const one = (selector, root) => (root || document).querySelector(selector);
      const data = (element, name) => (element ? element.getAttribute(name) : null);
      const pane = one('[data-testid=chat-pane]');
      return {
        queueLength: data(one('[data-testid=queue-length]'), 'data-count'),
        presence: data(one('[data-testid=presence-status]'), 'data-status'),
        conversations: all('[data-testid=conversation-item]').map((item) => [
          data(item, 'data-conversation-id'),
          data(item, 'data-status'),
          (one('.conversation-name', item) || {}).textContent,
          (one('[data-testid=conversation-last]', item) || {}).textContent,
          data(one('[data-testid=waited]', item), 'data-since'),
          data(one('[data-testid=reminder]', item), 'data-remind-seconds'),
        ].join(' | ')),
        open: data(pane, 'data-conversation-id'),
        status: data(one('[data-testid=chat-status]'), 'data-status'),
        quota: [data(one('[data-testid=quota]'), 'data-remaining'),
                data(one('[data-testid=quota]'), 'data-window-ends')].join(' until '),
        transcript: all('[data-testid=chat-message]').map(
          (line) => data(line, 'data-direction') + ': ' + line.textContent),
        visitor: (one('[data-testid=visitor-panel]') || {}).textContent || null,
        leftMessages: all('[data-testid=left-message]').map(
          (todo) => data(todo, 'data-status') + ': ' + todo.textContent),
      };""";

  private static final String READ_H5 =
      """
      const all = (selector) => [...document.querySelectorAll(selector)];
      const status = document.querySelector('[data-testid=h5-status]');
      return {
        status: status ? status.textContent : null,
        messages: all('[data-testid=h5-message]').map(
          (line) => line.getAttribute('data-from') + ': ' + line.textContent),
        menu: all('[data-testid=h5-menu-choice]').map(
          (choice) => choice.getAttribute('data-number') + ' ' + choice.textContent),
        canGiveUp: document.querySelector('[data-testid=h5-give-up]') !== null,
      };""";

  private ReloadOracle() {}

  /** What the workbench shows, as far as a reload must agree with it. */
  public record WorkbenchView(
      String queueLength,
      String presence,
      List<String> conversations,
      String open,
      String status,
      String quota,
      List<String> transcript,
      String visitor,
      List<String> leftMessages) {}

  @SuppressWarnings("unchecked")
  public static WorkbenchView read(Browser browser) {
    Map<String, Object> view =
        (Map<String, Object>) browser.driver().executeScript(READ_VIEW.replace("\n", " "));
    return new WorkbenchView(
        (String) view.get("queueLength"),
        (String) view.get("presence"),
        (List<String>) view.get("conversations"),
        (String) view.get("open"),
        (String) view.get("status"),
        (String) view.get("quota"),
        (List<String>) view.get("transcript"),
        (String) view.get("visitor"),
        (List<String>) view.get("leftMessages"));
  }

  /**
   * Asserts that the live workbench in {@code browser} settles on what a fresh load shows, and
   * returns that view for the test's own checks.
   */
  public static WorkbenchView assertLiveEqualsFreshLoad(Browser browser, String baseUrl) {
    String openId = read(browser).open();
    return settle(
        browser,
        "workbench",
        ReloadOracle::read,
        inFreshTab(
            browser,
            baseUrl + "/#/workbench" + (openId == null ? "" : "/" + openId),
            driver -> {
              WebDriverWait wait = new WebDriverWait(driver, SETTLE);
              wait.until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[data-testid=connection-state][data-state=connected]")));
              wait.until(
                  ExpectedConditions.presenceOfElementLocated(
                      By.cssSelector("[data-testid=left-messages][data-loaded=true]")));
              // Loaded means the list, and the open conversation's transcript or its empty note,
              // and its visitor's profile are there.
              wait.until(
                  d ->
                      openId == null
                          || !d.findElements(
                                      By.cssSelector(
                                          "[data-testid=chat-message], .message-scroller .muted.small.center"))
                                  .isEmpty()
                              && !d.findElements(By.cssSelector("[data-testid=visitor-rating]"))
                                  .isEmpty());
            },
            ReloadOracle::read));
  }

  /** What the fan's H5 chat page shows, as far as a reload must agree with it. */
  public record H5View(
      String status, List<String> messages, List<String> menu, boolean canGiveUp) {}

  @SuppressWarnings("unchecked")
  public static H5View readH5(Browser browser) {
    Map<String, Object> view =
        (Map<String, Object>) browser.driver().executeScript(READ_H5.replace("\n", " "));
    return new H5View(
        (String) view.get("status"),
        (List<String>) view.get("messages"),
        (List<String>) view.get("menu"),
        (Boolean) view.get("canGiveUp"));
  }

  /**
   * Asserts that the live H5 page in {@code browser} settles on what a fresh load of the page (same
   * visitor cookie) shows, and returns that view.
   */
  public static H5View assertH5LiveEqualsFreshLoad(Browser browser, String baseUrl) {
    boolean hasMessages = !readH5(browser).messages().isEmpty();
    return settle(
        browser,
        "H5 page",
        ReloadOracle::readH5,
        inFreshTab(
            browser,
            baseUrl + "/#/h5",
            driver -> {
              WebDriverWait wait = new WebDriverWait(driver, SETTLE);
              wait.until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("[data-testid=h5-input]")));
              // Loaded means the messages' first poll came back; the empty note shows before it.
              wait.until(
                  d ->
                      !hasMessages
                          || !d.findElements(By.cssSelector("[data-testid=h5-message]")).isEmpty());
            },
            ReloadOracle::readH5));
  }

  private static <V> V settle(Browser browser, String what, Function<Browser, V> read, V fresh) {
    try {
      new WebDriverWait(browser.driver(), SETTLE)
          .until(driver -> Objects.equals(read.apply(browser), fresh));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the live "
              + what
              + " differs from a fresh load\n  live:  "
              + read.apply(browser)
              + "\n  fresh: "
              + fresh,
          e);
    }
    return fresh;
  }

  /** Opens {@code url} in a new tab of the same browser, waits until it is loaded, reads it. */
  private static <V> V inFreshTab(
      Browser browser, String url, Consumer<WebDriver> loaded, Function<Browser, V> read) {
    var driver = browser.driver();
    String live = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(url);
      loaded.accept(driver);
      return read.apply(browser);
    } finally {
      driver.close();
      driver.switchTo().window(live);
    }
  }
}
