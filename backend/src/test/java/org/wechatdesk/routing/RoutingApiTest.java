package org.wechatdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.QueueStrategy;

class RoutingApiTest extends RoutingIntegrationTest {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

  private static RequestPostProcessor asAgent(String username) {
    return user(username).roles("AGENT");
  }

  private static MockHttpServletRequestBuilder json(
      MockHttpServletRequestBuilder request, String body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(body).with(realCsrf());
  }

  @Test
  void goingOnlineAssignsWaitingVisitorsAtOnce() throws Exception {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.OFFLINE, 2, queue);
    long first = enqueue(fan(), queue);
    long second = enqueue(fan(), queue);
    long third = enqueue(fan(), queue);
    assertThat(entryStatus(first)).isEqualTo("WAITING");

    mvc.perform(
            json(put("/api/agents/me/presence"), "{\"status\":\"ONLINE\",\"maxConcurrent\":2}")
                .with(asAgent(username(agent))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ONLINE"))
        .andExpect(jsonPath("$.activeCount").value(2));

    assertThat(assignedAgent(first)).isEqualTo(agent);
    assertThat(assignedAgent(second)).isEqualTo(agent);
    assertThat(routing.position(third)).hasValue(1);
  }

  @Test
  void raisingTheLimitAssignsWaitingVisitors() throws Exception {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    long agent = agent(AgentStatus.ONLINE, 1, queue);
    enqueue(fan(), queue);
    long waiting = enqueue(fan(), queue);

    mvc.perform(
            json(put("/api/agents/me/presence"), "{\"status\":\"ONLINE\",\"maxConcurrent\":2}")
                .with(asAgent(username(agent))))
        .andExpect(status().isOk());

    assertThat(assignedAgent(waiting)).isEqualTo(agent);
  }

  @Test
  void presenceIsValidatedWithTheFieldAndItsRange() throws Exception {
    long agent = agent(AgentStatus.OFFLINE, 2);
    String username = username(agent);
    mvc.perform(get("/api/agents/me/presence").with(asAgent(username)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("OFFLINE"));

    mvc.perform(
            json(put("/api/agents/me/presence"), "{\"status\":\"ONLINE\",\"maxConcurrent\":51}")
                .with(asAgent(username)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.maxConcurrent.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.max").value(50));
    mvc.perform(
            json(put("/api/agents/me/presence"), "{\"status\":\"ONLINE\",\"maxConcurrent\":0}")
                .with(asAgent(username)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.maxConcurrent.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.max").value(50));
    mvc.perform(
            json(put("/api/agents/me/presence"), "{\"status\":\"AWAY\",\"maxConcurrent\":3}")
                .with(asAgent(username)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.status.code").value("input.oneOf"))
        .andExpect(jsonPath("$.fields.status.params.values").value("ONLINE, BUSY, OFFLINE"));
    assertThat(agents.find(agent).orElseThrow().maxConcurrent()).isEqualTo(2);
  }

  @Test
  void presenceNeedsALogin() throws Exception {
    mvc.perform(get("/api/agents/me/presence")).andExpect(status().isUnauthorized());
  }

  @Test
  void agentsGetForbiddenOnAdminApis() throws Exception {
    RequestPostProcessor agent = asAgent("someone");
    mvc.perform(get("/api/admin/queues").with(agent)).andExpect(status().isForbidden());
    mvc.perform(
            json(post("/api/admin/queues"), "{\"name\":\"x\",\"strategy\":\"RANDOM\"}").with(agent))
        .andExpect(status().isForbidden());
    mvc.perform(json(put("/api/admin/agents/1/profile"), "{}").with(agent))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/customers/1").with(agent)).andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/rules").with(agent)).andExpect(status().isForbidden());
    mvc.perform(json(post("/api/admin/rules/trial"), "{}").with(agent))
        .andExpect(status().isForbidden());
  }

  @Test
  void queuesAreCreatedChangedAndDeletedWithValidation() throws Exception {
    String name = "售前-" + next();
    String created =
        mvc.perform(
                json(
                        post("/api/admin/queues"),
                        "{\"name\":\""
                            + name
                            + "\",\"strategy\":\"SKILL_FIRST\",\"requiredSkill\":\"billing\"}")
                    .with(ADMIN))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.strategy").value("SKILL_FIRST"))
            .andExpect(jsonPath("$.waiting").value(0))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

    mvc.perform(
            json(post("/api/admin/queues"), "{\"name\":\"" + name + "\",\"strategy\":\"RANDOM\"}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name").exists());
    mvc.perform(
            json(
                    post("/api/admin/queues"),
                    "{\"name\":\"q" + next() + "\",\"strategy\":\"FASTEST\"}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.strategy").exists());
    mvc.perform(
            json(
                    post("/api/admin/queues"),
                    "{\"name\":\"q" + next() + "\",\"strategy\":\"SKILL_FIRST\"}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.requiredSkill").exists());

    mvc.perform(
            json(
                    put("/api/admin/queues/" + id),
                    "{\"name\":\"" + name + "\",\"strategy\":\"RANDOM\"}")
                .with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.strategy").value("RANDOM"));
    enqueue(fan(), id);
    mvc.perform(delete("/api/admin/queues/" + id).with(ADMIN).with(realCsrf()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("queue.inUse"))
        .andExpect(jsonPath("$.params.visitors").value(1))
        .andExpect(jsonPath("$.params.navigations").value(""))
        .andExpect(jsonPath("$.params.accounts").value(""));

    long unused = queue(QueueStrategy.RANDOM);
    mvc.perform(delete("/api/admin/queues/" + unused).with(ADMIN).with(realCsrf()))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/admin/queues/" + unused).with(ADMIN)).andExpect(status().isNotFound());
  }

  @Test
  void joiningAQueueAssignsItsWaitingVisitors() throws Exception {
    long queue = queue(QueueStrategy.SKILL_FIRST);
    long agent = agent(AgentStatus.ONLINE, 3);
    long waiting = enqueue(fan(), queue);

    mvc.perform(
            json(
                    put("/api/admin/agents/" + agent + "/profile"),
                    "{\"status\":\"ONLINE\",\"maxConcurrent\":3,\"queueIds\":["
                        + queue
                        + "],\"skills\":{\"billing\":4}}")
                .with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.queueIds[0]").value(queue))
        .andExpect(jsonPath("$.skills.billing").value(4))
        .andExpect(jsonPath("$.activeCount").value(1));

    assertThat(assignedAgent(waiting)).isEqualTo(agent);
  }

  @Test
  void agentProfilesAreValidated() throws Exception {
    long agent = agent(AgentStatus.ONLINE, 3);
    mvc.perform(
            json(
                    put("/api/admin/agents/" + agent + "/profile"),
                    "{\"status\":\"ONLINE\",\"maxConcurrent\":0,\"queueIds\":[987654321],\"skills\":{\"billing\":6}}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.maxConcurrent.code").value("input.range"))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.min").value(1))
        .andExpect(jsonPath("$.fields.maxConcurrent.params.max").value(50))
        .andExpect(jsonPath("$.fields.queueIds").exists())
        .andExpect(jsonPath("$.fields.skills.code").value("agent.skills"))
        .andExpect(jsonPath("$.fields.skills.params.minLevel").value(1))
        .andExpect(jsonPath("$.fields.skills.params.maxLevel").value(5));
    mvc.perform(get("/api/admin/agents/987654321/profile").with(ADMIN))
        .andExpect(status().isNotFound());
  }

  @Test
  void customerFlagsDecideTheOwner() throws Exception {
    long queue = queue(QueueStrategy.ROUND_ROBIN);
    agent(AgentStatus.ONLINE, 3, queue);
    long owner = agent(AgentStatus.ONLINE, 3);
    long fan = fan();

    mvc.perform(
            json(put("/api/admin/customers/" + fan), "{\"vip\":true,\"designated\":true}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.designated").exists());
    mvc.perform(
            json(
                    put("/api/admin/customers/" + fan),
                    "{\"ownerAgentId\":" + owner + ",\"vip\":true,\"designated\":true}")
                .with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.ownerAgentId").value(owner));
    mvc.perform(get("/api/admin/customers/" + fan).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.designated").value(true));
    mvc.perform(get("/api/admin/customers/987654321").with(ADMIN)).andExpect(status().isNotFound());

    long conversation = enqueue(fan, queue);
    assertThat(assignedAgent(conversation))
        .as("the owner serves them though not in the queue")
        .isEqualTo(owner);
  }
}
