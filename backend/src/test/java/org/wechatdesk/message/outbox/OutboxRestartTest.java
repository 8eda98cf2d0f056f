package org.wechatdesk.message.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.WeChatDeskApplication;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundStatus;
import org.wechatdesk.support.Await;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * A node queues a message while WeChat is unreachable and stops; the next node to start on the same
 * database sends it, once. Both nodes are whole applications on their own database.
 */
class OutboxRestartTest {

  private static final String APP_ID = "wx00000000000000aa";
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @Test
  void queuedMessageIsSentAfterARestart() {
    try (FakeWeChatApi wechat = new FakeWeChatApi()) {
      wechat.registerApp(APP_ID, SECRET);
      long messageId;
      try (ConfigurableApplicationContext first = node("http://127.0.0.1:9")) {
        OfficialAccount account =
            first
                .getBean(AccountService.class)
                .bind(
                    new AccountRequest(
                        "Restart",
                        "gh_00000000aaaa",
                        APP_ID,
                        SECRET,
                        "restartToken",
                        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"));
        Fan fan = first.getBean(FanRepository.class).findOrCreate(account.id(), "o_restart");
        Outbox outbox = first.getBean(Outbox.class);
        messageId =
            first
                .getBean(TransactionTemplate.class)
                .execute(
                    s ->
                        outbox.enqueue(
                            fan,
                            FanChannel.WECHAT,
                            OutboundKind.TEXT,
                            OutboundContent.text("survives"),
                            Outbox.PRIORITY_AGENT,
                            "restart-1",
                            "agent1"))
                .id();
        OutboxRepository messages = first.getBean(OutboxRepository.class);
        Await.until(
            "the first node tried and failed to reach WeChat",
            () -> messages.findById(messageId).orElseThrow().attempts() >= 1);
        assertThat(messages.findById(messageId).orElseThrow().status())
            .isEqualTo(OutboundStatus.PENDING);
      }
      try (ConfigurableApplicationContext second = node(wechat.baseUrl())) {
        OutboxRepository messages = second.getBean(OutboxRepository.class);
        Await.until(
            "the second node sent the message",
            () -> messages.findById(messageId).orElseThrow().status() == OutboundStatus.SENT);
        assertThat(wechat.calls(FakeWeChatApi.SEND))
            .singleElement()
            .satisfies(
                call ->
                    assertThat(call.json().path("text").path("content").asText())
                        .isEqualTo("survives"));
      }
    }
  }

  private static ConfigurableApplicationContext node(String wechatHost) {
    return new SpringApplicationBuilder(WeChatDeskApplication.class)
        .profiles("test")
        .run(
            "--desk.test.database-name=restart",
            // Its own engine name and no Cockpit: Camunda keeps both in static registries, and
            // closing this
            // node must not take them from the shared test context.
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.webapp.enabled=false",
            "--server.port=0",
            "--desk.wechat.api-host=" + wechatHost,
            "--desk.wechat.outbox.max-attempts=50",
            "--desk.wechat.outbox.initial-backoff=PT0.1S",
            "--desk.wechat.outbox.max-backoff=PT0.5S");
  }
}
