package org.wechatdesk.channel.wechat.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceHttpClientImpl;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;

/**
 * The node's calls to WeChat are not limited to WxJava's default of 10 connections per host for the
 * whole JVM, which held the outbox's senders to 10 sends at a time.
 */
class WeChatHttpConnectionsTest extends IntegrationTest {

  private static final int WXJAVA_DEFAULT_PER_HOST = 10;

  @Autowired WeChatClients clients;

  @Autowired WeChatHttpConnections connections;

  @Test
  void asManySendsAreInFlightAtOnceAsTheStandInAnswers() throws Exception {
    int inFlight = Math.min(connections.perHost(), FakeWeChatApi.THREADS);
    assertThat(inFlight).isGreaterThan(WXJAVA_DEFAULT_PER_HOST);
    WxMpService client = clients.forAccount(bindAccount().account());
    // Fetched first, so that every call held below is a send.
    client.getAccessToken();
    ExecutorService senders = Executors.newFixedThreadPool(inFlight);
    try (FakeWeChatApi.Gate gate = WECHAT.hold(FakeWeChatApi.SEND)) {
      for (int i = 0; i < inFlight; i++) {
        WxMpKefuMessage text = WxMpKefuMessage.TEXT().toUser("o_conn_" + i).content("hi").build();
        senders.submit(() -> client.getKefuService().sendKefuMessage(text));
      }
      // Within WeChat's read timeout (5 s): a call timed out on the client frees its connection for
      // another, so counting later would not tell calls at once from calls one after another.
      assertThat(gate.awaitHeld(inFlight, Duration.ofSeconds(4))).isTrue();
    } finally {
      senders.shutdown();
      assertThat(senders.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void everyAccountsClientUsesTheSharedConnections() {
    WxMpServiceHttpClientImpl first =
        (WxMpServiceHttpClientImpl) clients.forAccount(bindAccount().account());
    WxMpServiceHttpClientImpl second =
        (WxMpServiceHttpClientImpl) clients.forAccount(bindAccount().account());
    assertThat(first).isNotSameAs(second);
    assertThat(first.getRequestHttpClient()).isSameAs(connections.build());
    assertThat(second.getRequestHttpClient()).isSameAs(connections.build());
  }

  @Test
  void aProxyIsRefusedRatherThanIgnored() {
    assertThat(connections.httpProxyHost(null)).isSameAs(connections);
    assertThatThrownBy(() -> connections.httpProxyHost("proxy.example.com"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("proxy host");
  }
}
