package org.wechatdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.support.IntegrationTest;

class AccountApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");

  @Autowired ObjectMapper json;

  private static String unique(int hexDigits) {
    String hex = Long.toHexString(System.nanoTime()) + Long.toHexString(System.nanoTime() * 31);
    return hex.substring(hex.length() - hexDigits);
  }

  private String bindBody(String appId, String secret) throws Exception {
    JsonNode generated =
        json.readTree(
            mvc.perform(post("/api/admin/accounts/generated-secrets").with(ADMIN).with(realCsrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    return json.writeValueAsString(
        new AccountRequest(
            "客服号",
            "gh_" + unique(12),
            appId,
            secret,
            generated.path("token").asText(),
            generated.path("encodingAesKey").asText()));
  }

  private static MockHttpServletRequestBuilder postJson(String url, String body) {
    return post(url).contentType(MediaType.APPLICATION_JSON).content(body);
  }

  @Test
  void generatedSecretsHaveWeChatsFormats() throws Exception {
    mvc.perform(post("/api/admin/accounts/generated-secrets").with(ADMIN).with(realCsrf()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.token").value(org.hamcrest.Matchers.matchesPattern("[A-Za-z0-9]{32}")))
        .andExpect(
            jsonPath("$.encodingAesKey")
                .value(org.hamcrest.Matchers.matchesPattern("[A-Za-z0-9+/]{43}")));
  }

  @Test
  void bindingStoresSecretsEncryptedAndNeverReturnsThem() throws Exception {
    String appId = "wx" + unique(16);
    String secret = unique(16) + unique(16);
    String body = bindBody(appId, secret);
    String encodingAesKey = json.readTree(body).path("encodingAesKey").asText();
    String token = json.readTree(body).path("token").asText();
    String response =
        mvc.perform(postJson("/api/admin/accounts", body).with(ADMIN).with(realCsrf()))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.appId").value(appId))
            .andExpect(jsonPath("$.appSecretSet").value(true))
            .andExpect(
                jsonPath("$.pushUrl")
                    .value(org.hamcrest.Matchers.endsWith("/wechat/push/" + appId)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(response)
        .doesNotContain(secret)
        .doesNotContain(encodingAesKey)
        .doesNotContain(token);

    String list =
        mvc.perform(get("/api/admin/accounts").with(ADMIN))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(list)
        .contains(appId)
        .doesNotContain(secret)
        .doesNotContain(encodingAesKey)
        .doesNotContain(token);

    var stored =
        jdbc.sql("select * from desk.official_account where app_id = ?")
            .param(appId)
            .query()
            .singleRow();
    assertThat(stored.get("app_secret_enc").toString()).doesNotContain(secret);
    assertThat(stored.get("encoding_aes_key_enc").toString()).doesNotContain(encodingAesKey);
    assertThat(stored.values())
        .as("the push Token signs pushes: nowhere in plain text")
        .noneMatch(value -> String.valueOf(value).contains(token));
    assertThat(accountService.get(json.readTree(response).path("id").asLong()).token())
        .isEqualTo(token);
  }

  @Test
  void badFormatsAreRejectedWithAMessagePerField() throws Exception {
    String body =
        json.writeValueAsString(
            new AccountRequest("", "gh_xyz", "wx123", "short", "a!", "tooShort"));
    mvc.perform(postJson("/api/admin/accounts", body).with(ADMIN).with(realCsrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name").exists())
        .andExpect(jsonPath("$.fields.originalId.code").value("account.originalIdFormat"))
        .andExpect(jsonPath("$.fields.appId.code").value("account.appIdFormat"))
        .andExpect(jsonPath("$.fields.appSecret").exists())
        .andExpect(jsonPath("$.fields.token.code").value("account.tokenFormat"))
        .andExpect(jsonPath("$.fields.encodingAesKey.code").value("account.aesKeyFormat"));
  }

  @Test
  void bindingTheSameAppTwiceIsRejected() throws Exception {
    String appId = "wx" + unique(16);
    mvc.perform(
            postJson("/api/admin/accounts", bindBody(appId, unique(16) + unique(16)))
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isCreated());
    mvc.perform(
            postJson("/api/admin/accounts", bindBody(appId, unique(16) + unique(16)))
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.appId.code").value("account.alreadyBound"));
  }

  @Test
  void credentialsAreVerifiedByGettingAToken() throws Exception {
    TestAccount good = bindAccount();
    mvc.perform(
            post("/api/admin/accounts/" + good.account().id() + "/verification")
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(true));
    assertThat(accountService.get(good.account().id()).status().tokenOkAt()).isNotNull();

    String appId = "wx" + unique(16);
    String created =
        mvc.perform(
                postJson("/api/admin/accounts", bindBody(appId, unique(16) + unique(16)))
                    .with(ADMIN)
                    .with(realCsrf()))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long unknownToWeChat = json.readTree(created).path("id").asLong();
    mvc.perform(
            post("/api/admin/accounts/" + unknownToWeChat + "/verification")
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ok").value(false))
        .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("40013")));
  }

  @Test
  void rotatingTheKeyKeepsThePreviousUntilRemoved() throws Exception {
    TestAccount account = bindAccount();
    String newKey = accountService.generateSecrets().encodingAesKey();
    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/encoding-aes-key")
                .with(ADMIN)
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"encodingAesKey\":\"" + newKey + "\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.previousEncodingAesKeySet").value(true));
    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/encoding-aes-key")
                .with(ADMIN)
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"encodingAesKey\":\"bad\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(
            delete("/api/admin/accounts/" + account.account().id() + "/previous-encoding-aes-key")
                .with(ADMIN)
                .with(realCsrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.previousEncodingAesKeySet").value(false));
  }

  @Test
  void onlyAdminsReachTheAccountApi() throws Exception {
    mvc.perform(get("/api/admin/accounts"))
        .andExpect(status().isUnauthorized())
        .andExpect(jsonPath("$.code").value("request.loginRequired"));
    mvc.perform(get("/api/admin/accounts").with(AGENT)).andExpect(status().isForbidden());
    mvc.perform(post("/api/admin/accounts/generated-secrets").with(ADMIN))
        .andExpect(status().isForbidden());
  }
}
