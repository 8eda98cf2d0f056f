package org.wechatdesk.channel.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.account.AccountBinding;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.AccountState;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.TestComponent;

/**
 * Binding by QR code: pre_auth_code, WeChat's page, the callback with the auth_code, and what the
 * desk keeps; unverified accounts, replayed callbacks and accounts bound in developer mode refused;
 * a withdrawn authorization unbinding the account with its history kept.
 */
class AuthorizationRoundTripTest extends IntegrationTest {

  private static final int SERVICE_ACCOUNT = 2;
  private static final int WECHAT_VERIFIED = 0;
  private static final int UNVERIFIED = -1;

  @Autowired AccountRepository accounts;
  @Autowired AuthorizerRepository authorizers;
  @Autowired AuthorizerTokens authorizerTokens;

  private TestComponent platform;

  @BeforeEach
  void platformReady() {
    platform = new TestComponent(mvc, WECHAT, baseUrl()).ready();
  }

  @Test
  void scanningBindsTheAccountWithItsNameOriginalIdAndGrants() throws Exception {
    TestComponent.Authorizer authorizer =
        platform.newAuthorizer(SERVICE_ACCOUNT, WECHAT_VERIFIED, List.of(1, 2, 4));

    String page = platform.startAuthorization();
    assertThat(page)
        .startsWith(
            WECHAT.baseUrl()
                + "/cgi-bin/componentloginpage?component_appid="
                + TestComponent.APP_ID)
        .contains("pre_auth_code=")
        .contains("auth_type=1")
        .contains("redirect_uri=");
    String landing = platform.authorize(authorizer.appId());

    assertThat(landing).isEqualTo("/#/accounts?authorized=" + authorizer.appId());
    OfficialAccount account = accounts.findByAppId(authorizer.appId()).orElseThrow();
    assertThat(account.name()).isEqualTo(authorizer.name());
    assertThat(account.originalId()).isEqualTo(authorizer.originalId());
    assertThat(account.binding()).isEqualTo(AccountBinding.COMPONENT);
    assertThat(account.state()).isEqualTo(AccountState.ACTIVE);
    AuthorizerRepository.Authorizer kept = authorizers.find(account.id()).orElseThrow();
    assertThat(kept.funcIds()).containsExactly(1, 2, 4);
    assertThat(kept.messagesGranted()).isTrue();
    assertThat(kept.headImg()).contains(authorizer.originalId());
    String stored =
        jdbc.sql("select refresh_token_enc from desk.wechat_authorizer where account_id = ?")
            .param(account.id())
            .query(String.class)
            .single();
    assertThat(stored).doesNotContain("refreshtoken@@@");
    assertThat(kept.refreshToken()).startsWith("refreshtoken@@@");

    mvc.perform(get("/api/admin/accounts").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.appId == '" + authorizer.appId() + "')].binding").value("COMPONENT"))
        .andExpect(
            jsonPath("$[?(@.appId == '" + authorizer.appId() + "')].pushUrl")
                .value(
                    org.hamcrest.Matchers.hasItem(
                        org.hamcrest.Matchers.endsWith(
                            "/wechat/component/" + authorizer.appId() + "/messages"))));
    mvc.perform(get("/api/admin/component/authorizers").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$[?(@.accountId == " + account.id() + ")].messagesGranted")
                .value(org.hamcrest.Matchers.contains(true)))
        .andExpect(
            jsonPath("$[?(@.accountId == " + account.id() + ")].webAuthorizationGranted")
                .value(org.hamcrest.Matchers.contains(true)))
        .andExpect(
            jsonPath("$[?(@.accountId == " + account.id() + ")].serviceType")
                .value(org.hamcrest.Matchers.contains(SERVICE_ACCOUNT)));
    mvc.perform(get("/api/admin/component/authorizers").with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
    String audited =
        jdbc.sql(
                "select after_json from desk.audit_entry where action = 'account.authorize' and target_id = ?")
            .param(Long.toString(account.id()))
            .query(String.class)
            .single();
    assertThat(audited).contains(authorizer.appId()).doesNotContain("refreshtoken@@@");
  }

  @Test
  void anUnverifiedAccountIsRefusedWithTheReasonAndNothingIsBound() {
    TestComponent.Authorizer authorizer =
        platform.newAuthorizer(SERVICE_ACCOUNT, UNVERIFIED, List.of(1));

    String landing = platform.authorize(authorizer.appId());

    assertThat(landing).isEqualTo("/#/accounts?authorizationError=component.notVerified");
    assertThat(accounts.findByAppId(authorizer.appId())).isEmpty();
  }

  @Test
  void aReplayedCallbackBindsNothingAgain() {
    TestComponent.Authorizer authorizer =
        platform.newAuthorizer(SERVICE_ACCOUNT, WECHAT_VERIFIED, List.of(1));
    String callback = platform.scan(authorizer.appId());
    assertThat(platform.callback(callback)).contains("authorized=");

    assertThat(platform.callback(callback))
        .isEqualTo("/#/accounts?authorizationError=component.stateInvalid");
    assertThat(platform.callback(callback.replaceAll("&auth_code=[^&]*", "")))
        .isEqualTo("/#/accounts?authorizationError=component.stateInvalid");
  }

  @Test
  void anAccountBoundInDeveloperModeIsRefusedWithTheReason() {
    TestAccount developer = bindAccount();
    TestComponent.Authorizer sameAccount =
        new TestComponent.Authorizer(
            developer.account().appId(), developer.account().originalId(), "双重绑定");
    WECHAT
        .openPlatform()
        .putAuthorizer(sameAccount.appId(), "双重绑定", sameAccount.originalId(), 2, 0, List.of(1));

    assertThat(platform.authorize(sameAccount.appId()))
        .isEqualTo("/#/accounts?authorizationError=account.boundInDeveloperMode");
    assertThat(accounts.findByAppId(sameAccount.appId()).orElseThrow().binding())
        .isEqualTo(AccountBinding.DEVELOPER);
  }

  @Test
  void aFailedRefreshKeepsTheRefreshTokenAndTheNextOneSucceedsWithIt() throws Exception {
    TestComponent.Authorizer authorizer =
        platform.newAuthorizer(SERVICE_ACCOUNT, WECHAT_VERIFIED, List.of(1));
    platform.authorize(authorizer.appId());
    long accountId = accounts.findByAppId(authorizer.appId()).orElseThrow().id();
    String refreshToken = authorizers.find(accountId).orElseThrow().refreshToken();

    WECHAT.failNext(FakeWeChatApi.AUTHORIZER_TOKEN, -1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> authorizerTokens.issue(accountId))
        .isInstanceOf(me.chanjar.weixin.common.error.WxErrorException.class);
    assertThat(authorizers.find(accountId).orElseThrow().refreshToken()).isEqualTo(refreshToken);

    var issued = authorizerTokens.issue(accountId);
    assertThat(issued.value()).startsWith("TOKEN_" + authorizer.appId());
    assertThat(
            WECHAT
                .calls(FakeWeChatApi.AUTHORIZER_TOKEN)
                .get(1)
                .json()
                .path("authorizer_refresh_token")
                .asText())
        .isEqualTo(refreshToken);
  }

  @Test
  void aWithdrawnAuthorizationUnbindsTheAccountAndKeepsItsHistory() {
    TestComponent.Authorizer authorizer =
        platform.newAuthorizer(SERVICE_ACCOUNT, WECHAT_VERIFIED, List.of(1));
    platform.authorize(authorizer.appId());
    OfficialAccount account = accounts.findByAppId(authorizer.appId()).orElseThrow();
    jdbc.sql(
            "insert into desk.fan (account_id, openid, subscribed, first_seen_at) values (?, 'o_kept_history', true, ?)")
        .params(account.id(), java.time.OffsetDateTime.now())
        .update();

    WECHAT.openPlatform().unauthorizeComponent(TestComponent.APP_ID, authorizer.appId());
    assertThat(
            platform
                .postEvent(
                    "<xml><AppId>"
                        + TestComponent.APP_ID
                        + "</AppId><CreateTime>"
                        + Instant.now().getEpochSecond()
                        + "</CreateTime><InfoType>unauthorized</InfoType><AuthorizerAppid>"
                        + authorizer.appId()
                        + "</AuthorizerAppid></xml>")
                .statusCode())
        .isEqualTo(200);

    assertThat(accounts.findByAppId(authorizer.appId())).isEmpty();
    assertThat(accounts.findById(account.id()).orElseThrow().state())
        .isEqualTo(AccountState.UNBOUND);
    assertThat(authorizers.find(account.id()).orElseThrow().authorized()).isFalse();
    assertThat(
            jdbc.sql("select count(*) from desk.fan where account_id = ?")
                .param(account.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);

    platform.authorize(authorizer.appId());
    OfficialAccount again = accounts.findByAppId(authorizer.appId()).orElseThrow();
    assertThat(again.id()).isEqualTo(account.id());
    assertThat(authorizers.find(account.id()).orElseThrow().authorized()).isTrue();
  }
}
