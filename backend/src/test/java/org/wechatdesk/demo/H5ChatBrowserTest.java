package org.wechatdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.routing.customer.CustomerProfile;
import org.wechatdesk.routing.customer.CustomerProfileRepository;
import org.wechatdesk.support.Browser;
import org.wechatdesk.user.DeskUserRepository;

/**
 * A fan opens the account's H5 chat link on the phone: WeChat's web-authorization page (the demo's
 * stand-in) asks for consent, the chat page opens with the fan's nickname known, the fan answers
 * the navigation menu and writes, the agent replies in the workbench, and the reply shows on the
 * page; a big photo from the phone is made smaller by the page before it is sent.
 */
class H5ChatBrowserTest extends DemoContext {

  private static final String FAN = "o_demo_zhangsan";
  private static final By PAGE_MESSAGES = By.cssSelector("[data-testid=h5-message]");
  private static final By AGENT_ON_PAGE =
      By.cssSelector("[data-testid=h5-message][data-from=AGENT]");

  @Autowired AccountRepository accounts;
  @Autowired FanRepository fans;
  @Autowired CustomerProfileRepository customers;
  @Autowired DeskUserRepository users;
  @Autowired JdbcClient jdbc;

  @Test
  void aFanChatsOnTheH5PageWithAnAgentInTheWorkbench() throws Exception {
    long accountId = accounts.findByAppId(DemoAccount.APP_ID).orElseThrow().id();
    long fanId = fans.findOrCreate(accountId, FAN).id();
    customers.save(
        new CustomerProfile(
            fanId, users.findByUsername("agent1").orElseThrow().id(), false, false));

    try (Browser browser = new Browser()) {
      WebDriver driver = browser.driver();
      browser.logIn(baseUrl(), "agent1", DemoAccount.PASSWORD);
      browser.visible(By.cssSelector("[data-testid=connection-state][data-state=connected]"));
      String agentWindow = driver.getWindowHandle();

      // The fan's phone: the desk's public address (localhost here) is where WeChat sends the fan
      // back, and
      // it is another host than the agent's tab, so the two keep their cookies apart as two devices
      // would.
      driver.switchTo().newWindow(WindowType.TAB);
      String fanWindow = driver.getWindowHandle();
      browser.open("http://localhost:" + PORT + "/h5/" + DemoAccount.APP_ID);
      browser.visible(By.cssSelector("a[data-openid=" + FAN + "]")).click();
      browser.visible(By.cssSelector("[data-testid=h5-input]")).sendKeys("你好，我在网页上咨询");
      browser.visible(By.cssSelector("[data-testid=h5-send]")).click();
      browser.waitForText(PAGE_MESSAGES, "你好，我在网页上咨询");
      browser.waitForText(PAGE_MESSAGES, "售前");
      browser.visible(By.cssSelector("[data-testid=h5-input]")).sendKeys("1");
      browser.visible(By.cssSelector("[data-testid=h5-send]")).click();
      browser.visible(By.cssSelector("[data-testid=h5-input]")).sendKeys("有优惠吗？");
      browser.visible(By.cssSelector("[data-testid=h5-send]")).click();
      browser.waitForText(By.cssSelector("[data-testid=h5-status]"), "座席一");

      driver.switchTo().window(agentWindow);
      browser.waitForText(By.cssSelector("[data-testid=conversation-item]"), FAN);
      browser
          .visible(By.xpath("//*[@data-testid='conversation-item'][contains(., '" + FAN + "')]"))
          .click();
      browser.waitForText(By.cssSelector("[data-testid=chat-message]"), "有优惠吗？");
      browser.visible(By.cssSelector("[data-testid=composer-input]")).sendKeys("有的，今天下单九折");
      browser.visible(By.cssSelector("[data-testid=send-button]")).click();

      driver.switchTo().window(fanWindow);
      browser.waitForText(AGENT_ON_PAGE, "有的，今天下单九折");

      // A phone photo larger than the page sends: the page redraws it smaller before uploading.
      browser
          .driver()
          .findElement(By.cssSelector("[data-testid=h5-image-file]"))
          .sendKeys(photo(2400, 1800).toAbsolutePath().toString());
      browser.visible(
          By.cssSelector("[data-testid=h5-message][data-from=VISITOR] img[src^='/api/h5/media/']"));
      driver.manage().window().setSize(new Dimension(390, 844));
      browser.screenshot("h5-chat");
    }

    assertThat(
            jdbc.sql(
                    "select channel from desk.conversation where fan_id = ? order by id desc fetch first 1 rows only")
                .param(fanId)
                .query(String.class)
                .single())
        .isEqualTo("H5");
    assertThat(
            jdbc.sql("select nickname from desk.fan_profile where fan_id = ?")
                .param(fanId)
                .query(String.class)
                .single())
        .as("web authorization with consent gave the nickname")
        .isEqualTo("张三");
    assertThat(
            jdbc.sql(
                    """
            select count(*) from desk.outbound_message where fan_id = ? and channel = 'WECHAT'""")
                .param(fanId)
                .query(Long.class)
                .single())
        .as("nothing of this chat went through WeChat")
        .isZero();
    byte[] uploaded =
        jdbc.sql(
                """
            select md.content from desk.media md join desk.conversation_message m on m.media_id = md.id
              join desk.conversation c on c.id = m.conversation_id
             where c.fan_id = ? and m.direction = 'IN' and m.kind = 'IMAGE' order by m.id desc fetch first 1 rows only""")
            .param(fanId)
            .query(byte[].class)
            .single();
    BufferedImage received = ImageIO.read(new ByteArrayInputStream(uploaded));
    assertThat(received.getWidth())
        .as("redrawn to at most 1600 px on the long side")
        .isEqualTo(1600);
    assertThat(received.getHeight()).isEqualTo(1200);
  }

  /** A smooth gradient: small as a PNG file, but wider than the page sends as it is. */
  private static Path photo(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        image.setRGB(x, y, ((x * 255 / width) << 16) | ((y * 255 / height) << 8) | 128);
      }
    }
    Path file = Files.createTempFile("h5-photo", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
