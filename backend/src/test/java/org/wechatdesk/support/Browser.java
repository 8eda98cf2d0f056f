package org.wechatdesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from Debian's packages (chromium, chromium-driver), started as this machine
 * allows (root, closed network). Screenshots go to target/screenshots for the README's pictures.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  public Browser() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver: "
              + "apt-get install -y chromium chromium-driver (.ci/run installs them)");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.WARNING);
    options.setCapability("goog:loggingPrefs", logs);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=1440,900",
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Logs in through the desk's login page; the app then shows the user's first screen. */
  public void logIn(String baseUrl, String username, String password) {
    open(baseUrl + "/");
    visible(By.id("login-username")).sendKeys(username);
    visible(By.id("login-password")).sendKeys(password);
    visible(By.cssSelector("button[type=submit]")).click();
  }

  public WebElement visible(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /**
   * Picks the option titled {@code title} in a searchable Ant Design select, typing the title so
   * that the option is rendered (the list is virtual: among many options, one far down is not in
   * the page). The options may arrive after the select opened (a query still loading on a busy
   * machine), so the title is typed again until the option shows.
   */
  public void chooseAntOption(By select, String title) {
    By option = By.cssSelector(".ant-select-item-option[title='" + title + "']");
    wait.until(
        d -> {
          if (d.findElements(option).stream().noneMatch(WebElement::isDisplayed)) {
            try {
              d.findElement(select).click();
            } catch (ElementClickInterceptedException stillOpening) {
              // The dialog or drawer holding the select is still animating in: try again.
              return false;
            } catch (StaleElementReferenceException rerendered) {
              // Its options arrived and the select was drawn anew between finding and clicking.
              return false;
            }
            try {
              WebElement search = d.findElement(select).findElement(By.cssSelector("input"));
              search.sendKeys(Keys.chord(Keys.CONTROL, "a"), title);
            } catch (StaleElementReferenceException rerendered) {
              return false;
            }
            return false;
          }
          return true;
        });
    visible(option).click();
  }

  /** An element re-rendered between finding and reading it is read again at the next poll. */
  private static boolean shows(WebElement element, String text) {
    try {
      return element.getText().contains(text);
    } catch (StaleElementReferenceException rerendered) {
      return false;
    }
  }

  /**
   * Waits until any element the locator finds shows the text. When it does not, the failure carries
   * what those elements did show and the browser's console, and a screenshot is kept, since a
   * browser test that fails on CI cannot be watched.
   */
  public void waitForText(By locator, String text) {
    try {
      wait.until(d -> d.findElements(locator).stream().anyMatch(element -> shows(element, text)));
    } catch (TimeoutException e) {
      throw new AssertionError(
          "no element "
              + locator
              + " shows \""
              + text
              + "\"; they show "
              + driver.findElements(locator).stream().map(WebElement::getText).toList()
              + "; browser console: "
              + consoleErrors()
              + "; screenshot: "
              + failureScreenshot(),
          e);
    }
  }

  /**
   * What the browser refused because of a page's Content-Security-Policy since the last look at its
   * console (reading the console empties it).
   */
  public List<String> contentSecurityPolicyViolations() {
    return consoleErrors().stream()
        .filter(message -> message.contains("Content Security Policy"))
        .toList();
  }

  private List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  private String failureScreenshot() {
    String name = "failed-" + System.currentTimeMillis();
    try {
      screenshot(name);
      return "target/screenshots/" + name + ".png";
    } catch (IOException | RuntimeException e) {
      return "none (" + e + ")";
    }
  }

  public void acceptConfirmation() {
    wait.until(ExpectedConditions.alertIsPresent()).accept();
  }

  public void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
