package org.wechatdesk.channel.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.H5Browser;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.TestComponent;

/**
 * An account bound by QR code for web authorization only (网页服务 granted, 消息管理 not): its H5 page
 * signs visitors in through the platform, with component_appid and the component token, never with
 * an AppSecret it does not have.
 */
class WebAuthorizationOnBehalfTest extends IntegrationTest {

  private static final int WEB_SERVICES = 4;

  @Test
  void theH5PageSignsTheVisitorInThroughThePlatform() {
    TestComponent platform = new TestComponent(mvc, WECHAT, baseUrl()).ready();
    TestComponent.Authorizer authorizer = platform.newAuthorizer(2, 0, List.of(WEB_SERVICES));
    platform.authorize(authorizer.appId());
    OfficialAccount account = accountService.get(accountId(authorizer.appId()));
    accountService.setH5Authorization(account.id(), H5Authorization.BASE);
    String openid = "o_web_only_" + System.nanoTime();
    WECHAT.authorizeWebVisitorAs(openid, false);

    H5Browser phone = new H5Browser(baseUrl());
    String toWeChat = H5Browser.location(phone.get("/h5/" + authorizer.appId()));
    assertThat(toWeChat)
        .startsWith(WECHAT.baseUrl() + FakeWeChatApi.OAUTH_AUTHORIZE)
        .contains("appid=" + authorizer.appId())
        .contains("component_appid=" + TestComponent.APP_ID)
        .contains("scope=snsapi_base")
        .endsWith("#wechat_redirect");
    URI back = URI.create(H5Browser.location(phone.get(toWeChat)));
    String landing =
        H5Browser.location(phone.get(baseUrl() + back.getRawPath() + "?" + back.getRawQuery()));

    assertThat(landing).isEqualTo("/#/h5");
    assertThat(phone.send("GET", "/api/h5/session", null).statusCode()).isEqualTo(200);
    assertThat(WECHAT.calls(FakeWeChatApi.COMPONENT_WEB_TOKEN)).hasSize(1);
    assertThat(WECHAT.calls(FakeWeChatApi.COMPONENT_WEB_TOKEN).get(0).query())
        .containsEntry("appid", authorizer.appId())
        .containsEntry("component_appid", TestComponent.APP_ID)
        .doesNotContainKey("secret");
    assertThat(WECHAT.calls(FakeWeChatApi.OAUTH_ACCESS_TOKEN)).isEmpty();
  }

  private long accountId(String appId) {
    return jdbc.sql("select id from desk.official_account where app_id = ?")
        .param(appId)
        .query(Long.class)
        .single();
  }
}
