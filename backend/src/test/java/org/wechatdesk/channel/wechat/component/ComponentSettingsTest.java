package org.wechatdesk.channel.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.TestComponent;
import org.wechatdesk.support.WeChatPush;

/**
 * The platform's settings, its authorization-event URL with the verify ticket, and the component
 * access token shared by every node.
 */
class ComponentSettingsTest extends IntegrationTest {

  @Autowired ComponentTokens tokens;
  @Autowired ComponentRepository component;

  private TestComponent platform;

  @BeforeEach
  void platformReady() {
    platform = new TestComponent(mvc, WECHAT, baseUrl()).ready();
  }

  @Test
  void secretsAreStoredEncryptedNeverReturnedAndTheUrlsAreShown() throws Exception {
    mvc.perform(get("/api/admin/component").with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.appId").value(TestComponent.APP_ID))
        .andExpect(jsonPath("$.appSecretSet").value(true))
        .andExpect(jsonPath("$.tokenSet").value(true))
        .andExpect(jsonPath("$.encodingAesKeySet").value(true))
        .andExpect(jsonPath("$.appSecret").doesNotExist())
        .andExpect(jsonPath("$.token").doesNotExist())
        .andExpect(
            jsonPath("$.eventUrl")
                .value(org.hamcrest.Matchers.endsWith("/wechat/component/events")))
        .andExpect(
            jsonPath("$.messageUrl")
                .value(org.hamcrest.Matchers.endsWith("/wechat/component/$APPID$/messages")))
        .andExpect(jsonPath("$.ticketReceivedAt").isNotEmpty());
    String row =
        jdbc.sql(
                "select app_secret_enc || token_enc || encoding_aes_key_enc || verify_ticket_enc from desk.wechat_component")
            .query(String.class)
            .single();
    assertThat(row)
        .doesNotContain(TestComponent.SECRET)
        .doesNotContain(TestComponent.TOKEN)
        .doesNotContain(TestComponent.AES_KEY)
        .doesNotContain("ticket@@@");
    String audited =
        jdbc.sql(
                "select after_json from desk.audit_entry where action = 'component.save' order by id desc limit 1")
            .query(String.class)
            .single();
    assertThat(audited).doesNotContain(TestComponent.SECRET).contains(TestComponent.APP_ID);
  }

  @Test
  void badSettingsAreRefusedFieldByFieldAndAgentsMayNotTouchThem() throws Exception {
    mvc.perform(
            put("/api/admin/component")
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"appId\":\"wx12\",\"appSecret\":\"nothex\",\"token\":\"a\",\"encodingAesKey\":\"short\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("input.invalid"))
        .andExpect(jsonPath("$.fields.appId.code").value("component.appIdFormat"))
        .andExpect(jsonPath("$.fields.appSecret.code").value("component.appSecretFormat"))
        .andExpect(jsonPath("$.fields.token.code").value("component.tokenFormat"))
        .andExpect(jsonPath("$.fields.encodingAesKey.code").value("component.aesKeyFormat"));
    mvc.perform(get("/api/admin/component").with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
  }

  @Test
  void theTicketPushIsKeptAndAForgedOneIsRefusedBeforeDecryption() {
    String ticket = platform.pushTicket();
    assertThat(component.ticket().orElseThrow().value()).isEqualTo(ticket);

    WeChatPush forger =
        new WeChatPush(
            baseUrl() + "/wechat/component/events",
            TestComponent.APP_ID,
            TestComponent.APP_ID,
            "anotherToken",
            TestComponent.AES_KEY);
    HttpResponse<String> forged =
        forger.post(
            forger.sign(
                "<xml><AppId>"
                    + TestComponent.APP_ID
                    + "</AppId><CreateTime>"
                    + Instant.now().getEpochSecond()
                    + "</CreateTime><InfoType>component_verify_ticket</InfoType>"
                    + "<ComponentVerifyTicket>forged</ComponentVerifyTicket></xml>"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(component.ticket().orElseThrow().value()).isEqualTo(ticket);
  }

  @Test
  void oneComponentTokenIsFetchedForConcurrentCallersAndRefreshedAheadOfItsExpiry()
      throws Exception {
    component.saveAccessToken("stale", Instant.now().plusSeconds(60));
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      Callable<String> call = tokens::current;
      var futures = IntStream.range(0, 6).mapToObj(i -> pool.submit(call)).toList();
      var values = futures.stream().map(ComponentSettingsTest::value).distinct().toList();
      assertThat(values).hasSize(1).doesNotContain("stale");
    } finally {
      pool.shutdownNow();
    }
    assertThat(WECHAT.calls(FakeWeChatApi.COMPONENT_TOKEN)).hasSize(1);
    assertThat(
            WECHAT
                .calls(FakeWeChatApi.COMPONENT_TOKEN)
                .get(0)
                .json()
                .path("component_verify_ticket")
                .asText())
        .isEqualTo(component.ticket().orElseThrow().value());
  }

  @Test
  void withoutATicketTheTokenIsRefusedWithTheReason() {
    jdbc.sql("update desk.wechat_component set verify_ticket_enc = null, access_token_enc = null")
        .update();
    assertThatThrownBy(tokens::current).hasMessageContaining(ComponentError.NO_TICKET.code());
  }

  private static String value(Future<String> future) {
    try {
      return future.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
