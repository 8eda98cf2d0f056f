package org.wechatdesk.fan.tag;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;

/** Fans' tags: who may change them, WeChat's limits, and the sync to WeChat's user-tag API. */
class FanTagApiTest extends ConversationScenario {

  @Test
  void theServingAgentTagsTheFanAndWeChatFollows() throws Exception {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);

    setTags(conversation.fanId(), agent.username(), false, "老客户", "新品关注")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tags[0]").value("新品关注"))
        .andExpect(jsonPath("$.tags[1]").value("老客户"));
    String appId = account.account().appId();
    await(
        "WeChat has the fan's tags",
        () -> wechat().tagsOf(appId, fan).equals(Set.of("老客户", "新品关注")));
    await(
        "the sync is marked done",
        () -> syncStatus(conversation.fanId(), agent.username()).equals("SYNCED"));

    setTags(conversation.fanId(), agent.username(), false, "老客户").andExpect(status().isOk());
    await("WeChat drops the removed tag", () -> wechat().tagsOf(appId, fan).equals(Set.of("老客户")));
    mvc.perform(
            get("/api/fan-tags")
                .param("accountId", String.valueOf(account.account().id()))
                .with(user(agent.username()).roles("AGENT")))
        .andExpect(jsonPath("$[?(@.name == '新品关注')].wechatTagId").isNotEmpty());
  }

  @Test
  void onlyTheServingAgentOrAnAdminMayChangeAFansTags() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    String body = "{\"tags\":[\"投诉\"]}";
    mvc.perform(
            put("/api/fans/" + conversation.fanId() + "/tags")
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isUnauthorized());
    setTags(conversation.fanId(), "stranger" + System.nanoTime(), false, "投诉")
        .andExpect(status().isForbidden());
    setTags(conversation.fanId(), "admin", true, "投诉").andExpect(status().isOk());
  }

  @Test
  void weChatsTagLimitsAreRefusedNamingTheLimit() throws Exception {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    long fanId = conversationOf(fan).fanId();

    setTags(fanId, agent.username(), false, "这是一个超过三十个字节的很长的标签名")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name.code").value("input.tooManyBytes"))
        .andExpect(jsonPath("$.fields.name.params.max").value(30));
    setTags(
            fanId,
            agent.username(),
            false,
            IntStream.range(0, 21).mapToObj(i -> "t" + i).toArray(String[]::new))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.tags.code").value("fan.tooManyFanTags"))
        .andExpect(jsonPath("$.fields.tags.params.max").value(20));
    for (int i = 0; i < 100; i++) {
      createTag(agent.username(), "c" + i).andExpect(status().isCreated());
    }
    createTag(agent.username(), "one too many")
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name.code").value("fan.tooManyAccountTags"))
        .andExpect(jsonPath("$.fields.name.params.max").value(100));
  }

  @Test
  void aWeChatFailureKeepsTheChangeAndIsVisibleUntilARetrySucceeds() throws Exception {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    long fanId = conversationOf(fan).fanId();
    wechat().failNext(FakeWeChatApi.TAGS_TAGGING, 45009);

    setTags(fanId, agent.username(), false, "老客户").andExpect(status().isOk());
    await("the failure is visible", () -> lastError(fanId, agent.username()).contains("45009"));
    mvc.perform(get("/api/fans/" + fanId + "/tags").with(user(agent.username()).roles("AGENT")))
        .andExpect(jsonPath("$.tags[0]").value("老客户"));
    await(
        "a retry reaches WeChat",
        () -> wechat().tagsOf(account.account().appId(), fan).equals(Set.of("老客户")));
    await("the sync is marked done", () -> syncStatus(fanId, agent.username()).equals("SYNCED"));
  }

  @Test
  void tagsMadeInWeChatAreImportedAndReservedOnesLeftAlone() throws Exception {
    long wechatId = wechat().createTag(account.account().appId(), "公众号后台标签");
    mvc.perform(
            post("/api/admin/fan-tags/import")
                .param("accountId", String.valueOf(account.account().id()))
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[?(@.name == '公众号后台标签')].wechatTagId").value((int) wechatId))
        .andExpect(jsonPath("$[?(@.name == '星标组')]").isEmpty());
    mvc.perform(
            post("/api/admin/fan-tags/import")
                .param("accountId", String.valueOf(account.account().id()))
                .with(user("agent").roles("AGENT"))
                .with(realCsrf()))
        .andExpect(status().isForbidden());
  }

  private ResultActions setTags(long fanId, String username, boolean admin, String... tags)
      throws Exception {
    return mvc.perform(
        put("/api/fans/" + fanId + "/tags")
            .with(user(username).roles(admin ? "ADMIN" : "AGENT"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(Map.of("tags", List.of(tags)))));
  }

  private ResultActions createTag(String username, String name) throws Exception {
    return mvc.perform(
        post("/api/fan-tags")
            .with(user(username).roles("AGENT"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                json.writeValueAsString(
                    Map.of("accountId", account.account().id(), "name", name))));
  }

  private String syncStatus(long fanId, String username) {
    return tagsView(fanId, username).path("sync").path("status").asText();
  }

  private String lastError(long fanId, String username) {
    return tagsView(fanId, username).path("sync").path("lastError").asText();
  }

  private JsonNode tagsView(long fanId, String username) {
    try {
      return json.readTree(
          mvc.perform(get("/api/fans/" + fanId + "/tags").with(user(username).roles("AGENT")))
              .andReturn()
              .getResponse()
              .getContentAsString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
