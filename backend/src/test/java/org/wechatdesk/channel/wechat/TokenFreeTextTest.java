package org.wechatdesk.channel.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Found by the 100,000-case push fuzz: a MediaId with a character a URL cannot hold put the token
 * in the log.
 */
class TokenFreeTextTest {

  @Test
  void theAccessTokenAndTheSecretOfAQuotedUrlAreBlanked() {
    String quoted =
        "Illegal character in query at index 92: http://127.0.0.1:1/cgi-bin/media/get"
            + "?access_token=ACCESS_TOKEN_42&media_id=a b; token?grant_type=client_credential&appid=wx1&secret=0123abcd";
    assertThat(TokenFreeText.of(quoted))
        .doesNotContain("ACCESS_TOKEN_42")
        .doesNotContain("0123abcd")
        .contains("access_token=***&media_id=a b")
        .contains("secret=***");
    assertThat(TokenFreeText.of(null)).isNull();
  }
}
