package org.wechatdesk.channel.wechat.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;

class CustomMenuApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired ObjectMapper json;

  private static final String MENU =
      """
      {"buttons": [
        {"name": "售前咨询", "type": "click", "key": "1"},
        {"name": "服务", "subButtons": [
          {"name": "官网", "type": "view", "url": "https://example.com/"},
          {"name": "小程序", "type": "miniprogram", "appId": "wx286b93c14bbf93aa", "pagePath": "pages/index",
           "url": "https://example.com/fallback"}
        ]}
      ]}""";

  private static MockHttpServletRequestBuilder publish(long accountId, String body) {
    return put("/api/admin/accounts/{id}/menu", accountId)
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .with(ADMIN)
        .with(realCsrf());
  }

  @Test
  void anAccountWithoutMenuLoadsAnEmptyOne() throws Exception {
    TestAccount account = bindAccount();
    mvc.perform(get("/api/admin/accounts/{id}/menu", account.account().id()).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.buttons").isEmpty());
  }

  @Test
  void publishingSendsWeChatsMenuJsonAndLoadingReadsItBack() throws Exception {
    TestAccount account = bindAccount();
    mvc.perform(publish(account.account().id(), MENU)).andExpect(status().isOk());

    JsonNode sent = WECHAT.calls(FakeWeChatApi.MENU_CREATE).get(0).json();
    assertThat(sent.path("button").get(0).path("name").asText()).isEqualTo("售前咨询");
    assertThat(sent.path("button").get(0).path("type").asText()).isEqualTo("click");
    assertThat(sent.path("button").get(0).path("key").asText()).isEqualTo("1");
    JsonNode parent = sent.path("button").get(1);
    assertThat(parent.has("type")).isFalse();
    assertThat(parent.path("sub_button").get(0).path("url").asText())
        .isEqualTo("https://example.com/");
    JsonNode miniProgram = parent.path("sub_button").get(1);
    assertThat(miniProgram.path("appid").asText()).isEqualTo("wx286b93c14bbf93aa");
    assertThat(miniProgram.path("pagepath").asText()).isEqualTo("pages/index");

    mvc.perform(get("/api/admin/accounts/{id}/menu", account.account().id()).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.buttons[0].key").value("1"))
        .andExpect(jsonPath("$.buttons[1].type").doesNotExist())
        .andExpect(jsonPath("$.buttons[1].subButtons[1].pagePath").value("pages/index"))
        .andExpect(
            jsonPath("$.buttons[1].subButtons[1].url").value("https://example.com/fallback"));

    Map<String, Object> audit =
        jdbc.sql(
                "select actor, before_json, after_json from desk.audit_entry"
                    + " where target_type = 'CUSTOM_MENU' and target_id = ? and action = 'custom-menu.publish'")
            .param(Long.toString(account.account().id()))
            .query()
            .singleRow();
    assertThat(audit.get("actor")).isEqualTo("admin");
    assertThat(json.readTree((String) audit.get("before_json")).path("buttons"))
        .as("the menu WeChat had")
        .isEmpty();
    assertThat(
            json.readTree((String) audit.get("after_json"))
                .path("buttons")
                .get(0)
                .path("name")
                .asText())
        .isEqualTo("售前咨询");
  }

  @Test
  void aMenuBreakingWeChatsLimitsIsRefusedFieldByFieldAndNotSent() throws Exception {
    TestAccount account = bindAccount();
    String tooMuch =
        """
        {"buttons": [
          {"name": "六个汉字太长", "type": "click", "key": "k"},
          {"name": "父", "type": "click", "subButtons": [{"name": "子", "type": "view", "url": "ftp://x"}]},
          {"name": "小", "type": "scancode_push"},
          {"name": "第四个", "type": "click", "key": "k"}
        ]}""";
    mvc.perform(publish(account.account().id(), tooMuch))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.buttons.code").value("menu.tooManyButtons"))
        .andExpect(jsonPath("$.fields.buttons.params.max").value(3))
        .andExpect(jsonPath("$.fields['buttons[0].name'].code").value("input.tooManyBytes"))
        .andExpect(jsonPath("$.fields['buttons[0].name'].params.max").value(16))
        .andExpect(jsonPath("$.fields['buttons[0].name'].params.actual").value(18))
        .andExpect(jsonPath("$.fields['buttons[1].type'].code").value("menu.parentHasType"))
        .andExpect(jsonPath("$.fields['buttons[1].subButtons[0].url']").exists())
        .andExpect(jsonPath("$.fields['buttons[2].type']").exists());
    assertThat(WECHAT.calls(FakeWeChatApi.MENU_CREATE)).isEmpty();
  }

  @Test
  void weChatsRefusalReachesTheAdminWithItsErrcode() throws Exception {
    TestAccount account = bindAccount();
    WECHAT.failNext(FakeWeChatApi.MENU_CREATE, 40018);
    mvc.perform(publish(account.account().id(), MENU))
        .andExpect(status().isBadGateway())
        .andExpect(jsonPath("$.code").value("wechat.refused"))
        .andExpect(jsonPath("$.params.errcode").value(40018));
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.audit_entry where target_type = 'CUSTOM_MENU' and target_id = ?")
                .param(Long.toString(account.account().id()))
                .query(Long.class)
                .single())
        .as("nothing changed")
        .isZero();
  }

  @Test
  void agentsCannotTouchMenus() throws Exception {
    TestAccount account = bindAccount();
    mvc.perform(
            get("/api/admin/accounts/{id}/menu", account.account().id())
                .with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
  }
}
