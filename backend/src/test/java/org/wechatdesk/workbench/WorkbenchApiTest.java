package org.wechatdesk.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.FanTexts;
import org.wechatdesk.conversation.TranscriptNotice;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.routing.agent.AgentProfile;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.TestImages;
import org.wechatdesk.support.WeChatPush;
import org.wechatdesk.system.Role;

/** The workbench's REST side: own conversations only, images, canned replies, unread marks. */
class WorkbenchApiTest extends ConversationScenario {

  @Autowired FanTexts fanTexts;
  @Autowired TransactionTemplate transaction;

  @Test
  void anAgentSeesOnlyOwnConversationsAndTheirUnreadCount() throws Exception {
    Agent mine = agent(queueId, 1);
    Agent other = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "第一条");
    Conversation conversation = conversationOf(fan);
    String owner = conversation.agentUsername();
    String stranger = owner.equals(mine.username()) ? other.username() : mine.username();
    mvc.perform(get("/api/workbench").with(user(owner).roles("AGENT")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.conversations[0].id").value(conversation.id()))
        .andExpect(jsonPath("$.conversations[0].unread").value(1));
    mvc.perform(get("/api/conversations/" + conversation.id()).with(user(stranger).roles("AGENT")))
        .andExpect(status().isForbidden());
    long lastMessage =
        messages
            .forConversation(conversation.id())
            .get(messages.forConversation(conversation.id()).size() - 1)
            .id();
    mvc.perform(
            post("/api/conversations/" + conversation.id() + "/read")
                .with(user(owner).roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"lastMessageId\":" + lastMessage + "}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/workbench").with(user(owner).roles("AGENT")))
        .andExpect(jsonPath("$.conversations[0].unread").value(0));
  }

  /**
   * An admin serves from the workbench without ever having been given an agent profile: the limit
   * the workbench shows is the one going online is accepted with, not 0.
   */
  @Test
  void anAdminWithoutAnAgentProfileGoesOnlineWithTheLimitTheWorkbenchShows() throws Exception {
    String admin = "admin-" + System.nanoTime();
    users.insert(admin, encoder.encode("pw"), "管理员 " + admin, Role.ADMIN);
    var asAdmin = user(admin).roles("ADMIN");

    int shown =
        json.readTree(
                mvc.perform(get("/api/workbench").with(asAdmin))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.me.status").value("OFFLINE"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("me")
            .path("maxConcurrent")
            .asInt();
    assertThat(shown).isBetween(AgentProfile.MIN_CONCURRENT, AgentProfile.MAX_CONCURRENT);
    mvc.perform(get("/api/agents/me/presence").with(asAdmin))
        .andExpect(jsonPath("$.maxConcurrent").value(shown));

    mvc.perform(
            put("/api/agents/me/presence")
                .with(asAdmin)
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"ONLINE\",\"maxConcurrent\":" + shown + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("ONLINE"));
    mvc.perform(get("/api/workbench").with(asAdmin))
        .andExpect(jsonPath("$.me.status").value("ONLINE"))
        .andExpect(jsonPath("$.me.maxConcurrent").value(shown));
  }

  @Test
  void aReplyPostedAgainWithItsIdempotencyKeyIsOneMessageAndOneTranscriptLine() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "在吗");
    Conversation conversation = conversationOf(fan);
    String reply =
        "{\"kind\":\"TEXT\",\"content\":{\"text\":\"在的\"},\"idempotencyKey\":\"same-reply-"
            + fan
            + "\"}";
    for (int attempt = 0; attempt < 2; attempt++) {
      mvc.perform(
              post("/api/conversations/" + conversation.id() + "/messages")
                  .with(user(conversation.agentUsername()).roles("AGENT"))
                  .with(realCsrf())
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(reply))
          .andExpect(status().isAccepted());
    }
    await(
        "the reply reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                .anyMatch(
                    call ->
                        call.json().path("touser").asText().equals(fan)
                            && call.json().path("text").path("content").asText().equals("在的")));
    assertThat(messages.forConversation(conversation.id()))
        .filteredOn(line -> "在的".equals(line.text()))
        .hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.outbound_message where openid = ? and payload like '%在的%'")
                .param(fan)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void whenWeChatClosesTheWindowTheAgentIsToldAndAutomaticTextsAreHeldWithTheReason() {
    Agent agent = agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    await(
        "the desk's own texts to the fan are out",
        () ->
            jdbc.sql(
                        "select count(*) from desk.outbound_message where openid = ? and status = 'PENDING'")
                    .param(fan)
                    .query(Long.class)
                    .single()
                == 0);
    wechat().failNext(FakeWeChatApi.SEND, 45015);
    agentReplies(conversation, agent, "晚了");
    await(
        "the agent is told in the conversation",
        () ->
            messages.forConversation(conversation.id()).stream()
                .anyMatch(
                    line ->
                        TranscriptNotice.of(TranscriptNotice.Code.WINDOW_CLOSED)
                            .equals(line.notice())));

    boolean sent =
        transaction.execute(
            status -> fanTexts.sendAutomatic(reload(conversation), "自动提示", "held-test"));
    assertThat(sent).isFalse();
    assertThat(messages.forConversation(conversation.id()))
        .last()
        .satisfies(
            line -> {
              assertThat(line.text()).isEqualTo("自动提示");
              assertThat(line.notice())
                  .isEqualTo(
                      TranscriptNotice.of(
                          TranscriptNotice.Code.AUTOMATIC_TEXT_WITHHELD,
                          "reason",
                          DeliveryProblem.WINDOW_CLOSED_BEFORE.code()));
            });
  }

  @Test
  void aFansImageThatArrivesLateCompletesItsLineOnTheAgentsScreen() {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    String mediaId = "LATE_" + fan;
    wechat().putMedia(mediaId, new byte[] {1, 2}, "a.png", "image/png");
    wechat().failNext(FakeWeChatApi.MEDIA_GET, -1);
    account
        .push()
        .post(
            account
                .push()
                .sign(
                    account
                        .push()
                        .message(
                            fan,
                            "image",
                            "<MediaId><![CDATA[" + mediaId + "]]></MediaId>",
                            WeChatPush.nextMsgId())));

    await(
        "the image's line gets its media",
        () ->
            messages.forConversation(conversation.id()).stream()
                .anyMatch(line -> "IMAGE".equals(line.kind()) && line.mediaId() != null));
    assertThat(messages.forConversation(conversation.id()))
        .filteredOn(line -> "IMAGE".equals(line.kind()))
        .singleElement()
        .satisfies(line -> assertThat(line.text()).isEmpty());
    List<String> told =
        jdbc.sql(
                """
            select type || ' ' || payload from desk.agent_event
             where username = ? and conversation_id = ? and type in ('MESSAGE_ADDED', 'MESSAGE_UPDATED') order by id""")
            .params(conversation.agentUsername(), conversation.id())
            .query(String.class)
            .list();
    assertThat(told)
        .anySatisfy(
            event ->
                assertThat(event)
                    .startsWith("MESSAGE_ADDED")
                    .contains("\"notice\":{\"code\":\"notice.mediaFetching\""));
    assertThat(told)
        .last()
        .satisfies(
            event ->
                assertThat(event)
                    .startsWith("MESSAGE_UPDATED")
                    .contains("\"mediaId\":")
                    .doesNotContain("notice.mediaFetching"));
  }

  @Test
  void aFansTextReachesTheAgentWithoutCharactersThatTurnItAround() {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "请看附件 rtl\u202Egnp.exe");
    Conversation conversation = conversationOf(fan);
    assertThat(messages.forConversation(conversation.id()))
        .anySatisfy(line -> assertThat(line.text()).isEqualTo("请看附件 rtlgnp.exe"));
  }

  @Test
  void anUploadedImageIsSentAsWeChatMediaAndBadFilesAreRefused() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "发张图");
    Conversation conversation = conversationOf(fan);
    byte[] png = TestImages.png(3, 2);
    String uploaded =
        mvc.perform(
                multipart("/api/media")
                    .file(new MockMultipartFile("file", "a.png", "image/png", png))
                    .with(user(conversation.agentUsername()).roles("AGENT"))
                    .with(realCsrf()))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long mediaId = json.readTree(uploaded).path("id").asLong();
    mvc.perform(
            multipart("/api/media")
                .file(new MockMultipartFile("file", "a.txt", "text/plain", new byte[] {1}))
                .with(user(conversation.agentUsername()).roles("AGENT"))
                .with(realCsrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.file").exists());
    mvc.perform(
            multipart("/api/media")
                .file(new MockMultipartFile("file", "b.png", "image/png", "<svg/>".getBytes()))
                .with(user(conversation.agentUsername()).roles("AGENT"))
                .with(realCsrf()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.file.code").value("media.imageType"));

    mvc.perform(
            post("/api/conversations/" + conversation.id() + "/messages")
                .with(user(conversation.agentUsername()).roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"kind\":\"IMAGE\",\"content\":{\"mediaId\":"
                        + mediaId
                        + "},\"idempotencyKey\":\"image-upload-"
                        + mediaId
                        + "\"}"))
        .andExpect(status().isAccepted());
    await(
        "the image reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                .anyMatch(
                    call ->
                        call.json().path("touser").asText().equals(fan)
                            && call.json().path("msgtype").asText().equals("image")));
    String wechatMediaId =
        wechat().calls(FakeWeChatApi.SEND).stream()
            .filter(
                call ->
                    call.json().path("touser").asText().equals(fan)
                        && call.json().path("msgtype").asText().equals("image"))
            .findFirst()
            .orElseThrow()
            .json()
            .path("image")
            .path("media_id")
            .asText();
    assertThat(wechat().uploadedMedia(wechatMediaId).content()).containsExactly(png);
  }

  @Test
  void cannedRepliesArePersonalOrSharedByAdmins() throws Exception {
    Agent agent = agent(queueId, 1);
    String created =
        mvc.perform(
                post("/api/canned-replies")
                    .with(user(agent.username()).roles("AGENT"))
                    .with(realCsrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"title\":\"问候\",\"text\":\"您好！\",\"shared\":false}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    mvc.perform(
            post("/api/canned-replies")
                .with(user(agent.username()).roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"共享\",\"text\":\"x\",\"shared\":true}"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/canned-replies")
                .with(user(agent.username()).roles("AGENT"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"\",\"text\":\"x\",\"shared\":false}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.title").exists());
    mvc.perform(get("/api/canned-replies").with(user(agent.username()).roles("AGENT")))
        .andExpect(jsonPath("$[?(@.title == '问候')].text").value("您好！"));
    mvc.perform(get("/api/canned-replies").with(user("someone-else").roles("AGENT")))
        .andExpect(jsonPath("$[?(@.title == '问候')]").isEmpty());
    long id = json.readTree(created).path("id").asLong();
    mvc.perform(
            delete("/api/canned-replies/" + id)
                .with(user("someone-else").roles("AGENT"))
                .with(realCsrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            delete("/api/canned-replies/" + id)
                .with(user(agent.username()).roles("AGENT"))
                .with(realCsrf()))
        .andExpect(status().isNoContent());
  }
}
