package org.wechatdesk.channel.wechat.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.OutboundStatus;

/** Neutral outbound messages as WeChat's message/custom/send JSON. */
class KefuMessageTranslationTest {

  private final ObjectMapper json = new ObjectMapper();

  private static OutboundMessage message(OutboundKind kind, OutboundContent content) {
    return new OutboundMessage(
        1,
        1,
        1,
        "o_fan",
        kind,
        content,
        0,
        "key",
        OutboundStatus.PENDING,
        0,
        null,
        null,
        "agent1",
        Instant.EPOCH,
        null,
        FanChannel.WECHAT);
  }

  private JsonNode custom(OutboundKind kind, OutboundContent content) throws Exception {
    return json.readTree(
        CustomerServiceApi.kefuMessage(
                message(kind, content), (mediaId, type) -> type + "-of-" + mediaId)
            .toJson());
  }

  @Test
  void aTextIsATextMessageToTheFansOpenid() throws Exception {
    JsonNode sent = custom(OutboundKind.TEXT, OutboundContent.text("您好 /::)"));
    assertThat(sent.path("touser").asText()).isEqualTo("o_fan");
    assertThat(sent.path("msgtype").asText()).isEqualTo("text");
    assertThat(sent.path("text").path("content").asText()).isEqualTo("您好 /::)");
  }

  @Test
  void deskMediaIsUploadedAndSentByWeChatsMediaId() throws Exception {
    JsonNode image = custom(OutboundKind.IMAGE, OutboundContent.media(7));
    assertThat(image.path("msgtype").asText()).isEqualTo("image");
    assertThat(image.path("image").path("media_id").asText()).isEqualTo("image-of-7");
    JsonNode voice = custom(OutboundKind.VOICE, OutboundContent.media(8));
    assertThat(voice.path("voice").path("media_id").asText()).isEqualTo("voice-of-8");
  }

  @Test
  void aLinkCardIsANewsMessageWithOneArticle() throws Exception {
    JsonNode news =
        custom(
            OutboundKind.NEWS,
            new OutboundContent(
                null,
                null,
                null,
                "标题",
                "说明",
                "https://example.com/a",
                "https://example.com/p.png",
                null,
                null,
                null));
    assertThat(news.path("msgtype").asText()).isEqualTo("news");
    JsonNode article = news.path("news").path("articles").get(0);
    assertThat(article.path("title").asText()).isEqualTo("标题");
    assertThat(article.path("url").asText()).isEqualTo("https://example.com/a");
    assertThat(article.path("picurl").asText()).isEqualTo("https://example.com/p.png");
  }
}
