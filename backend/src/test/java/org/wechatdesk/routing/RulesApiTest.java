package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.wechatdesk.routing.RoutingOutcome.Assigned;
import org.wechatdesk.routing.rules.RuleSet;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

class RulesApiTest extends RoutingIntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final String LEAST_LOADED = "Least loaded available agent";
  private static final String RENAMED = "Fewest conversations first";

  @Autowired ObjectMapper json;

  private MockHttpServletRequestBuilder postJson(String url, Object body) throws Exception {
    return post(url)
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(body))
        .with(realCsrf())
        .with(ADMIN);
  }

  private long activeVersion() throws Exception {
    JsonNode versions =
        json.readTree(
            mvc.perform(get("/api/admin/rules").with(ADMIN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    for (JsonNode version : versions) {
      if (version.path("active").asBoolean()) {
        return version.path("id").asLong();
      }
    }
    throw new AssertionError("no active version in " + versions);
  }

  private String decidingRule(long queue) {
    return ((Assigned) enqueueAndAnswer(next(), fan(), queue)).ruleName();
  }

  @Test
  void brokenRulesAreRejectedWithTheCompilersMessagesAndTheRunningRulesStay() throws Exception {
    long before = activeVersion();
    String broken =
        RuleSet.ASSIGNMENT
            .shippedDrl()
            .replace(
                "then\n  decision.proposeInOrder(Strategies.leastLoaded",
                "then\n  decision.proposeInOrder(Strategies.leastLoaded(((");

    mvc.perform(postJson("/api/admin/rules", Map.of("ruleSet", "assignment", "drl", broken)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("rules.rejected"))
        .andExpect(jsonPath("$.messages[0].level").value("ERROR"))
        .andExpect(jsonPath("$.messages[0].text").isNotEmpty());

    assertThat(activeVersion()).isEqualTo(before);
    long queue = queue(QueueStrategy.LEAST_LOADED);
    agent(AgentStatus.ONLINE, 3, queue);
    assertThat(decidingRule(queue)).isEqualTo(LEAST_LOADED);
  }

  @Test
  void rulesThatCompileButCannotDecideAreRejected() throws Exception {
    long before = activeVersion();

    mvc.perform(
            postJson(
                "/api/admin/rules",
                Map.of("drl", "package other\nrule \"Nothing\" when then end\n")))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.messages[0].text")
                .value(containsString("fail on a sample assignment situation")));

    assertThat(activeVersion()).isEqualTo(before);
  }

  @Test
  void newRulesRunAtOnceAndAnOlderVersionCanBeActivatedAgain() throws Exception {
    long shipped = activeVersion();
    long queue = queue(QueueStrategy.LEAST_LOADED);
    agent(AgentStatus.ONLINE, 10, queue);
    try {
      String renamed =
          RuleSet.ASSIGNMENT
              .shippedDrl()
              .replace("rule \"" + LEAST_LOADED + "\"", "rule \"" + RENAMED + "\"");
      String stored =
          mvc.perform(postJson("/api/admin/rules", Map.of("ruleSet", "assignment", "drl", renamed)))
              .andExpect(status().isCreated())
              .andExpect(jsonPath("$.active").value(true))
              .andExpect(jsonPath("$.createdBy").value("admin"))
              .andReturn()
              .getResponse()
              .getContentAsString();
      long version = json.readTree(stored).path("id").asLong();

      assertThat(decidingRule(queue)).isEqualTo(RENAMED);
      mvc.perform(get("/api/admin/rules/" + version).with(ADMIN))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.drl").value(containsString(RENAMED)));

      mvc.perform(postJson("/api/admin/rules/" + shipped + "/activation", Map.of()))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.active").value(true));
      assertThat(decidingRule(queue)).isEqualTo(LEAST_LOADED);
      mvc.perform(get("/api/admin/rules").with(ADMIN))
          .andExpect(jsonPath("$[?(@.id == " + version + ")].active").value(hasItem(false)));
    } finally {
      mvc.perform(postJson("/api/admin/rules/" + shipped + "/activation", Map.of()))
          .andExpect(status().isOk());
    }
  }

  @Test
  void trialShowsTheDecisionTheRuleAndWhyAgentsWereSkippedWithoutTouchingLiveData()
      throws Exception {
    long entriesBefore =
        jdbc.sql("select count(*) from desk.queue_entry").query(Long.class).single();
    Map<String, Object> situation =
        Map.of(
            "visitor",
                Map.of(
                    "vip", true, "ownerAgentId", 1, "lastAgentId", 2, "minutesSinceLastServed", 30),
            "queue", Map.of("strategy", "LEAST_LOADED"),
            "agents",
                List.of(
                    Map.of("agentId", 1, "status", "OFFLINE", "maxConcurrent", 3, "activeCount", 0),
                    Map.of("agentId", 2, "status", "BUSY", "maxConcurrent", 3, "activeCount", 1),
                    Map.of("agentId", 3, "status", "ONLINE", "maxConcurrent", 3, "activeCount", 3),
                    Map.of("agentId", 4, "status", "ONLINE", "maxConcurrent", 4, "activeCount", 2),
                    Map.of(
                        "agentId", 5, "status", "ONLINE", "maxConcurrent", 4, "activeCount", 1)));

    mvc.perform(postJson("/api/admin/rules/trial", situation))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decidedBy").value(LEAST_LOADED))
        .andExpect(jsonPath("$.agentId").value(5))
        .andExpect(jsonPath("$.proposals[1].agentId").value(4))
        .andExpect(
            jsonPath("$.queuePriorityRule").value("VIP customers are taken from the queue first"))
        .andExpect(
            jsonPath("$.skipped[?(@.agentId == 1)].rule")
                .value(hasItem("Skip agents who are offline")))
        .andExpect(
            jsonPath("$.skipped[?(@.agentId == 2)].rule")
                .value(hasItem("Skip agents who are busy")))
        .andExpect(
            jsonPath("$.skipped[?(@.agentId == 3)].rule")
                .value(hasItem("Skip agents at their reception limit")));

    assertThat(jdbc.sql("select count(*) from desk.queue_entry").query(Long.class).single())
        .isEqualTo(entriesBefore);
  }

  @Test
  void trialRunsSubmittedRulesBeforeTheyAreStored() throws Exception {
    long before = activeVersion();
    String renamed =
        RuleSet.ASSIGNMENT
            .shippedDrl()
            .replace("rule \"" + LEAST_LOADED + "\"", "rule \"" + RENAMED + "\"");
    Map<String, Object> situation =
        Map.of(
            "drl",
            renamed,
            "visitor",
            Map.of(),
            "queue",
            Map.of("strategy", "LEAST_LOADED"),
            "agents",
            List.of(
                Map.of("agentId", 9, "status", "ONLINE", "maxConcurrent", 2, "activeCount", 0)));

    mvc.perform(postJson("/api/admin/rules/trial", situation))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.decidedBy").value(RENAMED));
    mvc.perform(
            postJson(
                "/api/admin/rules/trial",
                Map.of(
                    "drl",
                    "rule broken when",
                    "visitor",
                    Map.of(),
                    "queue",
                    Map.of("strategy", "RANDOM"),
                    "agents",
                    List.of())))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.messages").isNotEmpty());

    assertThat(activeVersion()).isEqualTo(before);
  }
}
