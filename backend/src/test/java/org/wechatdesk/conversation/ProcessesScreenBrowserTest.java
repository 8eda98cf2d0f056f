package org.wechatdesk.conversation;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.core.io.ClassPathResource;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.IntegrationTest;

/**
 * The processes screen draws the deployed flow with bpmn-js, zooms it, and words the engine's
 * problems with a broken upload, which it sends only once the admin confirms the chosen file.
 */
class ProcessesScreenBrowserTest extends IntegrationTest {

  @Test
  void adminSeesTheFlowAsADiagramAndWhyAnUploadWasRefused() throws Exception {
    String broken =
        new String(
                new ClassPathResource("processes/conversation.bpmn")
                    .getInputStream()
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("camunda:delegateExpression=\"${welcomeDelegate}\" ", "");
    Path file = Files.createTempFile("broken-conversation", ".bpmn");
    Files.writeString(file, broken);

    try (Browser browser = new Browser()) {
      browser.logIn(baseUrl(), "admin", "test-admin-password");
      browser.visible(By.cssSelector(".nav a[href='#/admin']")).click();
      browser.visible(By.cssSelector(".admin-nav a[href='#/admin/processes']")).click();

      browser.visible(By.cssSelector("[data-testid=bpmn-canvas] [data-element-id=Task_Welcome]"));
      browser.screenshot("processes");

      browser.visible(By.cssSelector("button[aria-label='放大']")).click();
      browser.visible(By.cssSelector("button[aria-label='适应窗口']")).click();

      // Choosing the file names it and sends nothing; the admin then confirms.
      browser.driver().findElement(By.id("process-upload")).sendKeys(file.toString());
      browser.waitForText(By.cssSelector(".ant-upload-list"), file.getFileName().toString());
      browser.visible(By.xpath("//button[normalize-space()='校验并部署']")).click();
      browser.waitForText(By.cssSelector("[role=alert]"), "流程文件有 1 处问题");
      browser.waitForText(By.cssSelector("[data-testid=source-problems] li"), "任务 Task_Welcome（第");
      browser.screenshot("processes-refused");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
