package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FanPageTextTest {

  @Test
  void wechatsUsersReadChineseWhateverTheServerSpeaks() {
    assertThat(FanPageText.NO_SUCH_ACCOUNT.forBrowser(null)).isEqualTo("没有这个公众号的客服");
    assertThat(FanPageText.NO_SUCH_ACCOUNT.forBrowser("zh-CN,zh;q=0.9,en;q=0.8"))
        .isEqualTo("没有这个公众号的客服");
    assertThat(FanPageText.NO_SUCH_ACCOUNT.forBrowser("fr-FR")).isEqualTo("没有这个公众号的客服");
  }

  @Test
  void aBrowserAskingForEnglishFirstReadsEnglish() {
    assertThat(FanPageText.TOO_MANY_NEW_VISITORS.forBrowser("en-US,en;q=0.9,zh;q=0.5"))
        .startsWith("Too many new visitors");
  }

  @Test
  void aMalformedHeaderIsReadAsNone() {
    assertThat(FanPageText.NO_SUCH_ACCOUNT.forBrowser(";;;q=x")).isEqualTo("没有这个公众号的客服");
  }
}
