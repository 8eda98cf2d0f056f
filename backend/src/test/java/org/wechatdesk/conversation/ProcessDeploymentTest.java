package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.wechatdesk.support.ConversationScenario;

/**
 * Analysts' BPMN changes at run time: new conversations take the new version, running ones keep
 * theirs.
 */
class ProcessDeploymentTest extends ConversationScenario {

  @Autowired RepositoryService repository;

  @Autowired RuntimeService runtime;

  private String definitionOf(Conversation conversation) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceId(reload(conversation).processInstanceId())
        .singleResult()
        .getProcessDefinitionId();
  }

  private int latestVersion() {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey("conversation")
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  @Test
  void changedFlowAppliesToNewConversationsOnly() throws Exception {
    agent(queueId, 5);
    String before = fan();
    fanWrites(before, "旧版本");
    Conversation running = conversationOf(before);
    String runningDefinition = definitionOf(running);

    String bpmn =
        new String(
                new ClassPathResource("processes/conversation.bpmn")
                    .getInputStream()
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("Welcome and introduction 欢迎语", "Welcome 欢迎语 (v2)");
    mvc.perform(
            post("/api/admin/processes")
                .with(user("analyst").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_XML)
                .content(bpmn))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.version").value(latestVersion()));

    String after = fan();
    fanWrites(after, "新版本");
    Conversation started = conversationOf(after);
    assertThat(definitionOf(started)).isNotEqualTo(runningDefinition);
    assertThat(definitionOf(running)).isEqualTo(runningDefinition);
    mvc.perform(get("/api/admin/processes").with(user("analyst").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].version").value(latestVersion()));
  }

  @Test
  void brokenFlowIsRefusedWithWordableProblemsListedOnceAndTheRunningVersionStays()
      throws Exception {
    int current = latestVersion();
    String broken =
        new String(
                new ClassPathResource("processes/conversation.bpmn")
                    .getInputStream()
                    .readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("camunda:delegateExpression=\"${welcomeDelegate}\" ", "");
    mvc.perform(
            post("/api/admin/processes")
                .with(user("analyst").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_XML)
                .content(broken))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("process.rejected"))
        .andExpect(jsonPath("$.params.count").value(1))
        .andExpect(jsonPath("$.problems.length()").value(1))
        .andExpect(jsonPath("$.problems[0].code").value("process.taskWithoutHandler"))
        .andExpect(jsonPath("$.problems[0].params.element").value("Task_Welcome"))
        .andExpect(jsonPath("$.problems[0].params.line").isNumber())
        .andExpect(jsonPath("$.problems[0].detail").isNotEmpty());
    mvc.perform(
            post("/api/admin/processes")
                .with(user("analyst").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_XML)
                .content("<definitions"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value(startsWith("process.")))
        // Worded by code alone: the engine's English never stands in for the code's parameters.
        .andExpect(jsonPath("$.params.detail").doesNotExist());
    assertThat(latestVersion()).isEqualTo(current);
  }

  @Test
  void onlyAdminsSeeOrChangeTheFlow() throws Exception {
    mvc.perform(get("/api/admin/processes").with(user("agent").roles("AGENT")))
        .andExpect(status().isForbidden());
  }
}
