package org.wechatdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.IntegrationTest;

/**
 * The desk's policy lets its own pages work in Chromium (the workbench over STOMP, the BPMN
 * diagram, the H5 page), and Cockpit, which carries Camunda's policy instead, works too: none of
 * them trips a policy, while a script injected into a page is refused.
 */
class ContentSecurityPolicyBrowserTest extends IntegrationTest {

  @Test
  void theDesksPagesAndCockpitLoadWithoutPolicyViolations() throws Exception {
    OfficialAccount anonymous = bindAccount().account();
    accountService.setH5Authorization(anonymous.id(), H5Authorization.NONE);
    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/processes']")).click();
      browser.visible(By.cssSelector("[data-testid=bpmn-canvas] [data-element-id=Task_Welcome]"));
      assertThat(browser.contentSecurityPolicyViolations()).as("the processes screen").isEmpty();

      browser.open(baseUrl() + "/camunda/app/cockpit/default/");
      browser.visible(By.cssSelector(".navbar-brand"));
      browser.visible(By.cssSelector("[cam-widget-header], .dashboard, [ng-view]"));
      assertThat(browser.contentSecurityPolicyViolations()).as("Cockpit").isEmpty();

      browser.open(baseUrl() + "/h5/" + anonymous.appId());
      browser.visible(By.cssSelector("[data-testid=h5-input]"));
      assertThat(browser.contentSecurityPolicyViolations()).as("the H5 page").isEmpty();

      Object ran =
          browser
              .driver()
              .executeScript(
                  "const injected = document.createElement('script');"
                      + "injected.textContent = 'window.injectedRan = true'; document.head.appendChild(injected);"
                      + "return window.injectedRan === true;");
      assertThat(ran).as("an injected inline script does not run").isEqualTo(false);
      assertThat(browser.contentSecurityPolicyViolations())
          .as("and the browser says why")
          .isNotEmpty();
    }
  }
}
