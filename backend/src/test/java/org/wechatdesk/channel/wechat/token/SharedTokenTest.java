package org.wechatdesk.channel.wechat.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;

/**
 * Two "nodes" (independent clients over one database) refreshing an expired token at the same
 * moment.
 */
class SharedTokenTest extends IntegrationTest {

  @Autowired AccessTokenRepository tokens;

  @Autowired Clock clock;

  @Autowired WeChatProperties properties;

  @Autowired AuthorizerTokenSource authorizerTokens;

  @Autowired WeChatHttpConnections connections;

  private WeChatClients node(boolean stable) {
    WeChatProperties nodeProperties =
        new WeChatProperties(
            WECHAT.baseUrl(),
            WECHAT.baseUrl(),
            WECHAT.baseUrl(),
            stable,
            properties.tokenRefreshAhead(),
            properties.push());
    return new WeChatClients(tokens, clock, nodeProperties, authorizerTokens, connections);
  }

  @Test
  void concurrentRefreshesOnTwoNodesFetchOneToken() throws Exception {
    OfficialAccount account = bindAccount().account();
    List<WeChatClients> nodes = List.of(node(false), node(false));
    int callers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      WeChatClients node = nodes.get(i % 2);
      Callable<String> call =
          () -> {
            start.await();
            return node.forAccount(account).getAccessToken();
          };
      results.add(pool.submit(call));
    }
    start.countDown();
    Set<String> seen = new HashSet<>();
    for (Future<String> result : results) {
      seen.add(result.get());
    }
    pool.shutdown();
    assertThat(seen).hasSize(1);
    assertThat(WECHAT.calls(FakeWeChatApi.TOKEN)).hasSize(1);
    assertThat(tokens.find(account.id()).orElseThrow().token()).isEqualTo(seen.iterator().next());
  }

  @Test
  void aStoredTokenStillValidIsUsedWithoutAskingWeChat() {
    OfficialAccount account = bindAccount().account();
    WeChatClients node = node(true);
    String first = getToken(node, account);
    String second = getToken(node, account);
    assertThat(second).isEqualTo(first);
    assertThat(WECHAT.calls(FakeWeChatApi.STABLE_TOKEN)).hasSize(1);
  }

  @Test
  void tokenIsRefreshedAheadOfExpiryAndStoredEncrypted() {
    OfficialAccount account = bindAccount().account();
    WeChatClients node = node(true);
    String first = getToken(node, account);
    tokens.save(account.id(), first, clock.instant().plus(Duration.ofMinutes(4)));
    String second = getToken(node, account);
    assertThat(WECHAT.calls(FakeWeChatApi.STABLE_TOKEN)).hasSize(2);
    assertThat(second).isEqualTo(tokens.find(account.id()).orElseThrow().token());
    String stored =
        jdbc.sql("select token_enc from desk.access_token where account_id = ?")
            .param(account.id())
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain(second);
  }

  private static String getToken(WeChatClients node, OfficialAccount account) {
    try {
      return node.forAccount(account).getAccessToken();
    } catch (me.chanjar.weixin.common.error.WxErrorException e) {
      throw new AssertionError(e);
    }
  }
}
