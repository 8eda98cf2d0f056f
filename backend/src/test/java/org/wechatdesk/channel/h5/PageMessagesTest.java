package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.message.InboundMessage;

/** What the H5 page posts as the desk's neutral message: no WeChat shape on the way. */
class PageMessagesTest {

  private static final Instant NOW = Instant.parse("2025-01-02T03:04:05.678Z");

  @Test
  void thePagesTextBecomesATextMessageKeyedByItsClientId() throws Exception {
    H5ChatController.VisitorText posted =
        new ObjectMapper()
            .readValue(
                "{\"clientId\":\"c-12345678\",\"text\":\"<b>5 > 3 & ]]> 你好</b>\"}",
                H5ChatController.VisitorText.class);

    InboundMessage message = PageMessages.text("h5_visitor", posted.clientId(), posted.text(), NOW);

    assertThat(message.kind()).isEqualTo(InboundKind.TEXT);
    assertThat(message.text()).isEqualTo("<b>5 > 3 & ]]> 你好</b>");
    assertThat(message.openid()).isEqualTo("h5_visitor");
    assertThat(message.sentAt()).isEqualTo(NOW);
    assertThat(message.dedupeKey()).isEqualTo("msg:h5:h5_visitor:c-12345678");
    assertThat(message.mediaRef()).isNull();
  }

  @Test
  void anImageIsAlreadyKeptSoItHasNothingToFetch() {
    InboundMessage image = PageMessages.image("h5_visitor", "c-87654321", NOW);
    assertThat(image.kind()).isEqualTo(InboundKind.IMAGE);
    assertThat(image.mediaRef()).isNull();
    assertThat(image.dedupeKey()).isEqualTo("msg:h5:h5_visitor:c-87654321");
  }

  @Test
  void theClientIdIsReadBackOnlyFromThePagesOwnMessages() {
    assertThat(PageMessages.clientId(PageMessages.dedupeKey("o:with:colons", "c-12345678")))
        .isEqualTo("c-12345678");
    assertThat(PageMessages.clientId("msg:1234567890")).isNull();
    assertThat(PageMessages.clientId(null)).isNull();
  }
}
