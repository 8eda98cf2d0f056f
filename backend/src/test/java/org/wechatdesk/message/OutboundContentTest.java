package org.wechatdesk.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundContentTest {

  @Test
  void whatTheFanReadsLosesBidiOverridesAndControls() {
    assertThat(OutboundContent.text("请打开 rtl\u202Egnp.exe\u0085").visible().text())
        .isEqualTo("请打开 rtlgnp.exe");

    OutboundContent template =
        OutboundContent.template(
                "tmpl-1",
                "https://desk.example.com/#/rate/x",
                Map.of("keyword1", "座席\u2066甲\u2069"))
            .visible();
    assertThat(template.templateData()).containsEntry("keyword1", "座席甲");
    assertThat(template.url()).isEqualTo("https://desk.example.com/#/rate/x");

    assertThat(OutboundContent.text("第一行\n\t第二行").visible().text()).isEqualTo("第一行\n\t第二行");
  }
}
