package org.wechatdesk.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.wechatdesk.account.AccountRequest;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;

/**
 * One application context for all integration tests: the real server on a random port, a fresh
 * PostgreSQL database, and WxJava pointed at {@link FakeWeChatApi}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(IntegrationTest.Config.class)
public abstract class IntegrationTest {

  protected static final FakeWeChatApi WECHAT = new FakeWeChatApi();
  private static final AtomicInteger ACCOUNTS = new AtomicInteger();

  @LocalServerPort protected int port;

  @Autowired protected JdbcClient jdbc;

  @Autowired protected AccountService accountService;

  @Autowired protected RecordedEvents events;

  @Autowired protected MockMvc mvc;

  @DynamicPropertySource
  static void wechatApi(DynamicPropertyRegistry registry) {
    registry.add("desk.wechat.api-host", WECHAT::baseUrl);
    registry.add("desk.wechat.open-host", WECHAT::baseUrl);
    registry.add("desk.wechat.component-login-host", WECHAT::baseUrl);
  }

  @BeforeEach
  void resetFakeWeChat() {
    WECHAT.reset();
  }

  /** Binds a new account with valid random credentials, known to the fake WeChat API. */
  protected TestAccount bindAccount() {
    int n = ACCOUNTS.incrementAndGet();
    String suffix = String.format("%012x", System.nanoTime() & 0xffffffffffffL);
    String appId = "wx" + String.format("%016x", (System.nanoTime() << 8) + n).substring(0, 16);
    String secret = String.format("%032x", n);
    AccountService.GeneratedSecrets generated = accountService.generateSecrets();
    OfficialAccount account =
        accountService.bind(
            new AccountRequest(
                "Test account " + n,
                "gh_" + suffix,
                appId,
                secret,
                generated.token(),
                generated.encodingAesKey()));
    WECHAT.registerApp(appId, secret);
    return new TestAccount(
        account,
        new WeChatPush(
            baseUrl() + "/wechat/push/" + appId,
            appId,
            account.originalId(),
            generated.token(),
            generated.encodingAesKey()));
  }

  protected String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  protected static void await(String what, BooleanSupplier condition) {
    Await.until(what, condition);
  }

  public record TestAccount(OfficialAccount account, WeChatPush push) {}

  @TestConfiguration(proxyBeanMethods = false)
  static class Config {
    @Bean
    RecordedEvents recordedEvents() {
      return new RecordedEvents();
    }
  }
}
