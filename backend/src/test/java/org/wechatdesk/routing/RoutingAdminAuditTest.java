package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

/**
 * Customers, agent profiles, navigations and account routing: who may change them, and the audit
 * they leave.
 */
class RoutingAdminAuditTest extends RoutingIntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");

  @Autowired ObjectMapper json;

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body)
      throws Exception {
    return request
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body))
        .with(realCsrf());
  }

  /** Before and after of the newest audit entry of this target. */
  private JsonNode[] audited(String targetType, long targetId) throws Exception {
    Map<String, Object> row =
        jdbc.sql(
                """
            select before_json, after_json, actor from desk.audit_entry where target_type = ? and target_id = ?
             order by id desc fetch first 1 rows only""")
            .params(targetType, Long.toString(targetId))
            .query()
            .singleRow();
    assertThat(row.get("actor")).isEqualTo("admin");
    return new JsonNode[] {
      row.get("before_json") == null ? null : json.readTree(row.get("before_json").toString()),
      json.readTree(row.get("after_json").toString())
    };
  }

  @Test
  void onlyAdminsChangeRoutingSettings() throws Exception {
    mvc.perform(json(put("/api/admin/customers/1"), Map.of())).andExpect(status().isUnauthorized());
    mvc.perform(json(put("/api/admin/customers/1"), Map.of()).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(json(post("/api/admin/navigations"), Map.of()).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(json(put("/api/admin/accounts/1/routing"), Map.of()).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/navigations")).andExpect(status().isUnauthorized());
  }

  @Test
  void customerFlagsAreValidatedAndAudited() throws Exception {
    long fan = fan();
    long owner = agent(AgentStatus.ONLINE, 2);
    mvc.perform(
            json(put("/api/admin/customers/" + fan), Map.of("vip", false, "designated", true))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.designated.code").value("customer.designatedNeedsOwner"));

    mvc.perform(
            json(
                    put("/api/admin/customers/" + fan),
                    Map.of("ownerAgentId", owner, "vip", true, "designated", true))
                .with(ADMIN))
        .andExpect(status().isOk());

    JsonNode[] change = audited("CUSTOMER", fan);
    assertThat(change[0].path("vip").asBoolean()).isFalse();
    assertThat(change[0].hasNonNull("ownerAgentId")).isFalse();
    assertThat(change[1].path("vip").asBoolean()).isTrue();
    assertThat(change[1].path("ownerAgentId").asLong()).isEqualTo(owner);
  }

  @Test
  void agentProfilesAreAuditedWithBeforeAndAfter() throws Exception {
    long queue = queue(QueueStrategy.RANDOM);
    long agent = agent(AgentStatus.OFFLINE, 2);
    mvc.perform(
            json(
                    put("/api/admin/agents/" + agent + "/profile"),
                    Map.of(
                        "status",
                        "OFFLINE",
                        "maxConcurrent",
                        51,
                        "queueIds",
                        List.of(),
                        "skills",
                        Map.of()))
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.maxConcurrent.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.max").value(50));

    mvc.perform(
            json(
                    put("/api/admin/agents/" + agent + "/profile"),
                    Map.of(
                        "status",
                        "OFFLINE",
                        "maxConcurrent",
                        7,
                        "queueIds",
                        List.of(queue),
                        "skills",
                        Map.of("billing", 2)))
                .with(ADMIN))
        .andExpect(status().isOk());

    JsonNode[] change = audited("AGENT", agent);
    assertThat(change[0].path("profile").path("maxConcurrent").asInt()).isEqualTo(2);
    assertThat(change[1].path("profile").path("maxConcurrent").asInt()).isEqualTo(7);
    assertThat(change[1].path("queueIds").get(0).asLong()).isEqualTo(queue);
    assertThat(change[1].path("skills").path("billing").asInt()).isEqualTo(2);
  }

  @Test
  void navigationsAndAccountRoutingAreAudited() throws Exception {
    long queue = queue(QueueStrategy.RANDOM);
    Map<String, Object> navigation =
        Map.of(
            "name",
            "导航-" + next(),
            "greeting",
            "请选择",
            "maxInvalidAnswers",
            11,
            "defaultQueueId",
            queue,
            "entries",
            List.of(Map.of("number", 1, "label", "售前", "queueId", queue)));
    mvc.perform(json(post("/api/admin/navigations"), navigation).with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxInvalidAnswers.params.max").value(10));

    Map<String, Object> valid = new java.util.HashMap<>(navigation);
    valid.put("maxInvalidAnswers", 2);
    long id =
        json.readTree(
                mvc.perform(json(post("/api/admin/navigations"), valid).with(ADMIN))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("id")
            .asLong();
    JsonNode[] created = audited("NAVIGATION", id);
    assertThat(created[0]).isNull();
    assertThat(created[1].path("entries").get(0).path("label").asText()).isEqualTo("售前");

    mvc.perform(
            json(put("/api/admin/accounts/" + accountId() + "/routing"), Map.of("navigationId", id))
                .with(ADMIN))
        .andExpect(status().isOk());
    JsonNode[] routed = audited("ACCOUNT_ROUTING", accountId());
    assertThat(routed[1].path("navigationId").asLong()).isEqualTo(id);
    assertThat(routed[1].hasNonNull("queueId")).isFalse();
  }

  @Test
  void theFamiliarWindowIsCheckedAgainstItsRangeAndAudited() throws Exception {
    long queue = queue(QueueStrategy.RANDOM);
    String routing = "/api/admin/accounts/" + accountId() + "/routing";
    mvc.perform(json(put(routing), Map.of("queueId", queue)).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.familiarWindowMinutes").value(24 * 60));

    for (long outOfRange : new long[] {0, 30 * 24 * 60 + 1}) {
      mvc.perform(
              json(put(routing), Map.of("queueId", queue, "familiarWindowMinutes", outOfRange))
                  .with(ADMIN))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.fields.familiarWindowMinutes.code").value("input.range"))
          .andExpect(jsonPath("$.fields.familiarWindowMinutes.params.min").value(1))
          .andExpect(jsonPath("$.fields.familiarWindowMinutes.params.max").value(43200));
    }
    mvc.perform(
            json(put(routing), Map.of("queueId", queue, "familiarWindowMinutes", 180)).with(AGENT))
        .andExpect(status().isForbidden());
    mvc.perform(get(routing).with(AGENT)).andExpect(status().isForbidden());
    mvc.perform(get(routing).with(ADMIN))
        .andExpect(jsonPath("$.familiarWindowMinutes").value(24 * 60));

    mvc.perform(
            json(put(routing), Map.of("queueId", queue, "familiarWindowMinutes", 180)).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.familiarWindowMinutes").value(180));
    mvc.perform(get(routing).with(ADMIN)).andExpect(jsonPath("$.familiarWindowMinutes").value(180));
    JsonNode[] change = audited("ACCOUNT_ROUTING", accountId());
    assertThat(change[0].path("familiarWindowMinutes").asLong()).isEqualTo(24 * 60);
    assertThat(change[1].path("familiarWindowMinutes").asLong()).isEqualTo(180);
  }
}
