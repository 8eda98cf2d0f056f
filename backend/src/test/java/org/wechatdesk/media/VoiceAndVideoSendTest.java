package org.wechatdesk.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.TestAudio;
import org.wechatdesk.support.TestImages;

/**
 * An agent's voice message or video goes to WeChat as temporary media (media/upload with its type)
 * and then as a customer-service message naming the media_id WeChat answered.
 */
class VoiceAndVideoSendTest extends ConversationScenario {

  @Test
  void anUploadedMp3IsSentAsWeChatVoice() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "能发段语音吗");
    Conversation conversation = conversationOf(fan);
    byte[] mp3 = TestAudio.mp3(5);
    long mediaId = uploaded(conversation, "VOICE", "hello.mp3", mp3);

    reply(conversation, "VOICE", mediaId).andExpect(status().isAccepted());

    FakeWeChatApi.Call send = sentTo(fan, "voice");
    List<FakeWeChatApi.Call> uploads = wechat().calls(FakeWeChatApi.MEDIA_UPLOAD);
    assertThat(uploads).anySatisfy(call -> assertThat(call.query()).containsEntry("type", "voice"));
    String wechatMediaId = send.json().path("voice").path("media_id").asText();
    assertThat(wechatMediaId).isNotBlank();
    assertThat(wechat().uploadedMedia(wechatMediaId).content()).containsExactly(mp3);
  }

  @Test
  void anUploadedMp4IsSentAsWeChatVideo() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "发个视频看看");
    Conversation conversation = conversationOf(fan);
    byte[] mp4 = TestAudio.mp4(4096);
    long mediaId = uploaded(conversation, "VIDEO", "clip.mp4", mp4);

    reply(conversation, "VIDEO", mediaId).andExpect(status().isAccepted());

    FakeWeChatApi.Call send = sentTo(fan, "video");
    assertThat(wechat().calls(FakeWeChatApi.MEDIA_UPLOAD))
        .anySatisfy(call -> assertThat(call.query()).containsEntry("type", "video"));
    assertThat(
            wechat().uploadedMedia(send.json().path("video").path("media_id").asText()).content())
        .containsExactly(mp4);
  }

  @Test
  void filesThatAreNotWhatTheyClaimOrTooLargeOrTooLongAreRefusedWithTheirCode() throws Exception {
    agent(queueId, 1);
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    refused(conversation, "VOICE", "song.mp3", TestImages.png(3, 2), "media.voiceType");
    refused(conversation, "VOICE", "long.mp3", TestAudio.mp3(61), "media.voiceLength");
    refused(
        conversation,
        "VOICE",
        "big.mp3",
        Arrays.copyOf(TestAudio.mp3(10), 2 * 1024 * 1024 + 1),
        "media.voiceSize");
    refused(conversation, "VIDEO", "clip.mp4", TestAudio.mp3(3), "media.videoType");
    refused(
        conversation, "VIDEO", "big.mp4", TestAudio.mp4(10 * 1024 * 1024 + 1), "media.videoSize");

    long image = uploaded(conversation, "IMAGE", "a.png", TestImages.png(3, 2));
    reply(conversation, "VOICE", image)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields['content.mediaId'].code").value("media.kindMismatch"));
  }

  private long uploaded(Conversation conversation, String kind, String name, byte[] content)
      throws Exception {
    String answer =
        upload(conversation, kind, name, content)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.kind").value(kind))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(answer).path("id").asLong();
  }

  private void refused(
      Conversation conversation, String kind, String name, byte[] content, String code)
      throws Exception {
    upload(conversation, kind, name, content)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.file.code").value(code));
  }

  private ResultActions upload(Conversation conversation, String kind, String name, byte[] content)
      throws Exception {
    return mvc.perform(
        multipart("/api/media")
            .file(new MockMultipartFile("file", name, "application/octet-stream", content))
            .param("kind", kind)
            .with(user(conversation.agentUsername()).roles("AGENT"))
            .with(realCsrf()));
  }

  private ResultActions reply(Conversation conversation, String kind, long mediaId)
      throws Exception {
    return mvc.perform(
        post("/api/conversations/" + conversation.id() + "/messages")
            .with(user(conversation.agentUsername()).roles("AGENT"))
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"kind\":\""
                    + kind
                    + "\",\"content\":{\"mediaId\":"
                    + mediaId
                    + "},\"idempotencyKey\":\"agent-media-"
                    + mediaId
                    + "\"}"));
  }

  private FakeWeChatApi.Call sentTo(String fan, String msgtype) {
    await(
        "the " + msgtype + " reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream().anyMatch(call -> isTo(call, fan, msgtype)));
    return wechat().calls(FakeWeChatApi.SEND).stream()
        .filter(call -> isTo(call, fan, msgtype))
        .findFirst()
        .orElseThrow();
  }

  private static boolean isTo(FakeWeChatApi.Call call, String fan, String msgtype) {
    return call.json().path("touser").asText().equals(fan)
        && call.json().path("msgtype").asText().equals(msgtype);
  }
}
