package org.wechatdesk.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench's reload test: what the live screen shows must be what a fresh load of the same
 * page shows. It reads the visible state (the list, the queue length, the open conversation's
 * header, transcript and visitor panel, the reply countdown's seconds) through data-testid
 * attributes, opens the same conversation in a fresh tab of the same browser (same login), reads it
 * there, and waits until the live tab shows the same: events may still be on their way, but they
 * must arrive without a reload. Timings that tick on their own (the countdown's text) are compared
 * by what they count from.
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
      String visitor) {}

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
        (String) view.get("visitor"));
  }

  /**
   * Asserts that the live workbench in {@code browser} settles on what a fresh load shows, and
   * returns that view for the test's own checks.
   */
  public static WorkbenchView assertLiveEqualsFreshLoad(Browser browser, String baseUrl) {
    WorkbenchView fresh = freshLoad(browser, baseUrl, read(browser).open());
    WebDriverWait wait = new WebDriverWait(browser.driver(), SETTLE);
    try {
      wait.until(driver -> Objects.equals(read(browser), fresh));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the live workbench differs from a fresh load\n  live:  "
              + read(browser)
              + "\n  fresh: "
              + fresh,
          e);
    }
    return fresh;
  }

  private static WorkbenchView freshLoad(Browser browser, String baseUrl, String openId) {
    var driver = browser.driver();
    String live = driver.getWindowHandle();
    driver.switchTo().newWindow(WindowType.TAB);
    try {
      driver.get(baseUrl + "/#/workbench" + (openId == null ? "" : "/" + openId));
      WebDriverWait wait = new WebDriverWait(driver, SETTLE);
      wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector("[data-testid=connection-state][data-state=connected]")));
      // Loaded means the list, and the open conversation's transcript or its empty note, and its
      // visitor's profile are there.
      wait.until(
          d ->
              openId == null
                  || !d.findElements(
                              By.cssSelector(
                                  "[data-testid=chat-message], .message-scroller .muted.small.center"))
                          .isEmpty()
                      && !d.findElements(By.cssSelector("[data-testid=visitor-rating]")).isEmpty());
      return read(browser);
    } finally {
      driver.close();
      driver.switchTo().window(live);
    }
  }
}
