package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.wechatdesk.support.ConversationScenario;

class ProcessDeploymentAuditTest extends ConversationScenario {

  private long entries() {
    return jdbc.sql("select count(*) from desk.audit_entry where target_type = 'PROCESS'")
        .query(Long.class)
        .single();
  }

  @Test
  void deploymentsAreAuditedAndRejectedFilesLeaveNoEntry() throws Exception {
    String bpmn =
        new String(
                new ClassPathResource("processes/conversation.bpmn")
                    .getInputStream()
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace(
                "Welcome and introduction 欢迎语", "Welcome 欢迎语 (audited " + System.nanoTime() + ")");
    long before = entries();

    mvc.perform(
            post("/api/admin/processes")
                .with(user("analyst").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_XML)
                .content(bpmn.replace("camunda:delegateExpression=\"${welcomeDelegate}\" ", "")))
        .andExpect(status().isBadRequest());
    assertThat(entries()).isEqualTo(before);

    String created =
        mvc.perform(
                post("/api/admin/processes")
                    .with(user("analyst").roles("ADMIN"))
                    .with(realCsrf())
                    .contentType(MediaType.APPLICATION_XML)
                    .content(bpmn))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String definitionId = json.readTree(created).path("id").asText();

    Map<String, Object> row =
        jdbc.sql(
                "select actor, action, before_json, after_json from desk.audit_entry where target_type = 'PROCESS' and target_id = ?")
            .param(definitionId)
            .query()
            .singleRow();
    assertThat(row.get("actor")).isEqualTo("analyst");
    assertThat(row.get("action")).isEqualTo("process.deploy");
    JsonNode after = json.readTree(row.get("after_json").toString());
    JsonNode previous = json.readTree(row.get("before_json").toString());
    assertThat(after.path("version").asInt()).isEqualTo(previous.path("version").asInt() + 1);
    assertThat(row.get("after_json").toString()).doesNotContain("delegateExpression");
  }
}
