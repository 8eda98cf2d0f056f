package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wechatdesk.support.ReloadOracle.assertH5LiveEqualsFreshLoad;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.support.Browser;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.ReloadOracle.H5View;

/**
 * Issue 16: on the H5 page a visitor taps the navigation menu's entries instead of typing their
 * numbers, waits in the queue with no agent free, and taps 放弃排队: the give-up text comes, no survey.
 * After each step the live page must settle on what a fresh load of it shows.
 */
class H5QueueBrowserTest extends ConversationScenario {

  private static final By MESSAGES = By.cssSelector("[data-testid=h5-message]");
  private static final By STATUS = By.cssSelector("[data-testid=h5-status]");

  @Test
  void aVisitorTapsTheMenuWaitsInTheQueueAndGivesUpWithAButton() throws Exception {
    accountService.setH5Authorization(account.account().id(), H5Authorization.NONE);
    long navigationId = navigations.insert("导航 " + System.nanoTime(), "您好，请选择：", 3, queueId);
    navigations.insertEntry(navigationId, null, 1, "售前咨询", null, queueId, null);
    long afterSales = navigations.insertEntry(navigationId, null, 2, "售后服务", null, null, "售后：");
    navigations.insertEntry(navigationId, afterSales, 1, "退货", null, queueId, null);
    navigations.saveAccountRouting(new AccountRouting(account.account().id(), null, navigationId));

    try (Browser browser = new Browser()) {
      browser.driver().manage().window().setSize(new Dimension(390, 844));
      browser.open(baseUrl() + "/h5/" + account.account().appId());
      browser.visible(By.cssSelector("[data-testid=h5-input]")).sendKeys("你好");
      browser.visible(By.cssSelector("[data-testid=h5-send]")).click();
      browser.visible(choice(2));
      H5View menu = assertH5LiveEqualsFreshLoad(browser, baseUrl());
      assertThat(menu.menu()).containsExactly("1 售前咨询", "2 售后服务");
      assertThat(menu.canGiveUp()).isFalse();

      browser.visible(choice(2)).click();
      browser.waitForText(By.cssSelector("[data-testid=h5-menu-choice][data-number='0']"), "返回主菜单");
      H5View subMenu = assertH5LiveEqualsFreshLoad(browser, baseUrl());
      assertThat(subMenu.menu()).containsExactly("1 退货", "0 返回主菜单");
      assertThat(subMenu.messages())
          .anyMatch(line -> line.startsWith("VISITOR") && line.endsWith("2"));

      browser.visible(choice(1)).click();
      browser.waitForText(STATUS, "排队中");
      browser.visible(By.cssSelector("[data-testid=h5-give-up]"));
      H5View queued = assertH5LiveEqualsFreshLoad(browser, baseUrl());
      assertThat(queued.status()).isEqualTo("排队中，您是第 1 位");
      assertThat(queued.menu()).isEmpty();
      browser.screenshot("h5-queued");

      browser.visible(By.cssSelector("[data-testid=h5-give-up]")).click();
      browser.visible(By.cssSelector("[data-testid=h5-give-up-yes]")).click();
      browser.waitForText(MESSAGES, FlowSettings.defaults().giveUpText());
      browser.waitForText(STATUS, "会话已结束");
      H5View gaveUp = assertH5LiveEqualsFreshLoad(browser, baseUrl());
      assertThat(gaveUp.canGiveUp()).isFalse();
      assertThat(gaveUp.messages())
          .as("no survey after giving up")
          .noneMatch(line -> line.contains(FlowSettings.defaults().surveyInviteText()));
    }

    Conversation conversation = conversations.findLatestForFan(webVisitor()).orElseThrow();
    assertThat(conversation.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(conversation.endReason()).isEqualTo(Conversation.EndReason.VISITOR_GAVE_UP);
    assertThat(conversation.surveyInvitedAt()).isNull();
  }

  private static By choice(int number) {
    return By.cssSelector("[data-testid=h5-menu-choice][data-number='" + number + "']");
  }

  private long webVisitor() {
    return jdbc.sql("select id from desk.fan where account_id = ? and web_visitor")
        .param(account.account().id())
        .query(Long.class)
        .single();
  }
}
