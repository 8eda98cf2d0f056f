package org.wechatdesk.conversation.flow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.QueueStrategy;
import org.wechatdesk.support.IntegrationTest;

class FlowSettingsApiTest extends IntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  @Autowired ObjectMapper json;

  @Autowired ServiceQueueRepository queues;

  private ResultActions save(long accountId, ObjectNode body, RequestPostProcessor who)
      throws Exception {
    return mvc.perform(
        put("/api/admin/accounts/" + accountId + "/flow-settings")
            .with(who)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.toString()));
  }

  private ObjectNode defaults() {
    return json.valueToTree(FlowSettings.defaults());
  }

  @Test
  void onlyAdminsReadOrChangeTheFlow() throws Exception {
    long accountId = bindAccount().account().id();
    String url = "/api/admin/accounts/" + accountId + "/flow-settings";
    mvc.perform(get(url)).andExpect(status().isUnauthorized());
    mvc.perform(get(url).with(user("agent").roles("AGENT"))).andExpect(status().isForbidden());
    save(accountId, defaults(), user("agent").roles("AGENT")).andExpect(status().isForbidden());
    mvc.perform(get(url).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.visitorCloseMinutes").value(5));
  }

  @Test
  void eachTimeoutOutsideItsRangeIsNamedWithTheRange() throws Exception {
    long accountId = bindAccount().account().id();
    ObjectNode body =
        defaults()
            .put("agentAppeaseMinutes", 0)
            .put("agentRemindSeconds", 601)
            .put("autoTransferMinutes", 10)
            .put("visitorPromptMinutes", 21)
            .put("visitorCloseMinutes", 1)
            .put("surveyExpiryMinutes", 4);
    save(accountId, body, ADMIN)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.agentAppeaseMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.agentAppeaseMinutes.params.min").value(1))
        .andExpect(jsonPath("$.fields.agentAppeaseMinutes.params.max").value(30))
        .andExpect(jsonPath("$.fields.agentRemindSeconds.code").value("input.range"))
        .andExpect(jsonPath("$.fields.agentRemindSeconds.params.min").value(10))
        .andExpect(jsonPath("$.fields.agentRemindSeconds.params.max").value(600))
        .andExpect(jsonPath("$.fields.autoTransferMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.autoTransferMinutes.params.min").value(1))
        .andExpect(jsonPath("$.fields.autoTransferMinutes.params.max").value(9))
        .andExpect(jsonPath("$.fields.visitorPromptMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.visitorPromptMinutes.params.min").value(1))
        .andExpect(jsonPath("$.fields.visitorPromptMinutes.params.max").value(20))
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.params.min").value(2))
        .andExpect(jsonPath("$.fields.visitorCloseMinutes.params.max").value(120))
        .andExpect(jsonPath("$.fields.surveyExpiryMinutes.code").value("input.range"))
        .andExpect(jsonPath("$.fields.surveyExpiryMinutes.params.min").value(5))
        .andExpect(jsonPath("$.fields.surveyExpiryMinutes.params.max").value(10080));
  }

  @Test
  void theAutoTransferQueueMustExist() throws Exception {
    long accountId = bindAccount().account().id();
    save(
            accountId,
            defaults().put("autoTransferEnabled", true).put("autoTransferQueueId", 987654321L),
            ADMIN)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.autoTransferQueueId.code").value("queue.notFound"));

    long queue = queues.insert("转接 " + System.nanoTime(), QueueStrategy.RANDOM, null);
    save(
            accountId,
            defaults().put("autoTransferEnabled", true).put("autoTransferQueueId", queue),
            ADMIN)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.autoTransferQueueId").value(queue));
  }
}
