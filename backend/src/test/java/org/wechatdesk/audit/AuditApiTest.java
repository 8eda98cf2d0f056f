package org.wechatdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.support.IntegrationTest;

class AuditApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");

  @Autowired ObjectMapper json;

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body).with(realCsrf());
  }

  /** The newest audit entry of this type and target, read through the API as an admin sees it. */
  private JsonNode latest(String targetType, Object targetId) throws Exception {
    JsonNode page =
        json.readTree(
            mvc.perform(
                    get("/api/admin/audit")
                        .param("targetType", targetType)
                        .param("size", "200")
                        .with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    return StreamSupport.stream(page.path("entries").spliterator(), false)
        .filter(entry -> entry.path("targetId").asText().equals(targetId.toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no audit entry for " + targetType + " " + targetId));
  }

  @Test
  void theAuditIsForAdminsOnly() throws Exception {
    mvc.perform(get("/api/admin/audit")).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/admin/audit").with(AGENT)).andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/audit").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(0));
  }

  @Test
  void pagingAndTheTargetTypeAreValidated() throws Exception {
    mvc.perform(get("/api/admin/audit").param("size", "0").with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.size.code").value("input.range"))
        .andExpect(jsonPath("$.fields.size.params.min").value(1))
        .andExpect(jsonPath("$.fields.size.params.max").value(200));
    mvc.perform(get("/api/admin/audit").param("page", "-1").with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.page").exists());
    mvc.perform(get("/api/admin/audit").param("targetType", "SPACESHIP").with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.targetType.code").value("input.oneOf"))
        .andExpect(
            jsonPath("$.fields.targetType.params.values").value(containsString("FLOW_SETTINGS")));
  }

  @Test
  void flowSettingChangesAreRecordedWithBeforeAndAfter() throws Exception {
    long accountId = bindAccount().account().id();
    ObjectNode changed = json.valueToTree(FlowSettings.defaults());
    changed.put("welcomeText", "欢迎光临 audit");
    mvc.perform(
            json(put("/api/admin/accounts/" + accountId + "/flow-settings"), changed.toString())
                .with(ADMIN))
        .andExpect(status().isOk());

    JsonNode entry = latest("FLOW_SETTINGS", accountId);
    assertThat(entry.path("actor").asText()).isEqualTo("admin");
    assertThat(entry.path("action").asText()).isEqualTo("flow-settings.update");
    assertThat(entry.path("before").path("welcomeText").asText())
        .isEqualTo(FlowSettings.defaults().welcomeText());
    assertThat(entry.path("after").path("welcomeText").asText()).isEqualTo("欢迎光临 audit");
    assertThat(entry.path("at").asText()).isNotBlank();
  }

  @Test
  void rejectedChangesLeaveNoAuditEntry() throws Exception {
    long accountId = bindAccount().account().id();
    ObjectNode changed = json.valueToTree(FlowSettings.defaults());
    changed.put("visitorCloseMinutes", 121);
    mvc.perform(
            json(put("/api/admin/accounts/" + accountId + "/flow-settings"), changed.toString())
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.params.min").value(2))
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.params.max").value(120));
    long entries =
        jdbc.sql(
                "select count(*) from desk.audit_entry where target_type = 'FLOW_SETTINGS' and target_id = ?")
            .param(Long.toString(accountId))
            .query(Long.class)
            .single();
    assertThat(entries).isZero();
  }

  @Test
  void keyRotationIsRecordedWithoutAnySecret() throws Exception {
    TestAccount account = bindAccount();
    long id = account.account().id();
    String newKey = accountService.generateSecrets().encodingAesKey();
    mvc.perform(
            json(
                    put("/api/admin/accounts/" + id + "/encoding-aes-key"),
                    "{\"encodingAesKey\":\"" + newKey + "\"}")
                .with(ADMIN))
        .andExpect(status().isOk());
    mvc.perform(
            delete("/api/admin/accounts/" + id + "/previous-encoding-aes-key")
                .with(realCsrf())
                .with(ADMIN))
        .andExpect(status().isOk());

    JsonNode removal = latest("ACCOUNT", id);
    assertThat(removal.path("action").asText()).isEqualTo("account.remove-previous-key");
    assertThat(removal.path("before").path("previousEncodingAesKeySet").asBoolean()).isTrue();
    assertThat(removal.path("after").path("previousEncodingAesKeySet").asBoolean()).isFalse();
    assertThat(removal.path("after").path("tokenSet").asBoolean()).isTrue();

    String everything =
        jdbc.sql(
                "select coalesce(before_json, '') || coalesce(after_json, '') from desk.audit_entry where target_type = 'ACCOUNT' and target_id = ?")
            .param(Long.toString(id))
            .query(String.class)
            .list()
            .toString();
    assertThat(everything)
        .contains(account.account().appId())
        .doesNotContain(newKey)
        .doesNotContain(account.account().encodingAesKey())
        .doesNotContain(account.account().token())
        .doesNotContain(account.account().appSecret());
  }

  @Test
  void queueChangesAreRecorded() throws Exception {
    String name = "审计队列-" + System.nanoTime();
    JsonNode created =
        json.readTree(
            mvc.perform(
                    json(
                            post("/api/admin/queues"),
                            "{\"name\":\"" + name + "\",\"strategy\":\"RANDOM\"}")
                        .with(ADMIN))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    long id = created.path("id").asLong();
    mvc.perform(
            json(
                    put("/api/admin/queues/" + id),
                    "{\"name\":\"" + name + "\",\"strategy\":\"LEAST_LOADED\"}")
                .with(ADMIN))
        .andExpect(status().isOk());

    JsonNode entry = latest("QUEUE", id);
    assertThat(entry.path("action").asText()).isEqualTo("queue.update");
    assertThat(entry.path("before").path("strategy").asText()).isEqualTo("RANDOM");
    assertThat(entry.path("after").path("strategy").asText()).isEqualTo("LEAST_LOADED");
  }

  @Test
  void ruleSetUploadsAndActivationsAreRecorded() throws Exception {
    String drl = RuleSet.NAVIGATION.shippedDrl() + "\n// audited " + System.nanoTime();
    JsonNode stored =
        json.readTree(
            mvc.perform(
                    json(
                            post("/api/admin/rules"),
                            json.writeValueAsString(Map.of("ruleSet", "navigation", "drl", drl)))
                        .with(ADMIN))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString());
    long uploaded = stored.path("id").asLong();
    JsonNode upload = latest("RULE_SET", uploaded);
    assertThat(upload.path("action").asText()).isEqualTo("rule-set.upload");
    assertThat(upload.path("after").path("active").asBoolean()).isTrue();
    long previous = upload.path("before").path("id").asLong();
    assertThat(previous).isNotEqualTo(uploaded);

    mvc.perform(post("/api/admin/rules/" + previous + "/activation").with(ADMIN).with(realCsrf()))
        .andExpect(status().isOk());
    JsonNode activation = latest("RULE_SET", previous);
    assertThat(activation.path("action").asText()).isEqualTo("rule-set.activate");
    assertThat(activation.path("before").path("id").asLong()).isEqualTo(uploaded);
  }
}
